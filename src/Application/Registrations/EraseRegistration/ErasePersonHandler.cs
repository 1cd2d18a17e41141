using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.EraseRegistration;

public sealed class ErasePersonHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<ErasePersonCommand, Result<ErasureReport>>
{
    public async ValueTask<Result<ErasureReport>> Handle(ErasePersonCommand command, CancellationToken cancellationToken)
    {
        var emailKey = Registration.EmailKeyOf(command.Email);
        var registrations = await db.Registrations.Where(r => r.EmailKey == emailKey).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var erased = registrations.Where(r => r.Erase(now)).Select(r => r.Id).ToList();
        await db.SaveChangesAsync(cancellationToken);
        return new ErasureReport(erased);
    }
}
