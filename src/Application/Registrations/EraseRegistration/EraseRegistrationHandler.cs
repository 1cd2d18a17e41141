using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.EraseRegistration;

public sealed class EraseRegistrationHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<EraseRegistrationCommand, Result<RegistrationResponse>>
{
    public async ValueTask<Result<RegistrationResponse>> Handle(EraseRegistrationCommand command, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == command.Id, cancellationToken);
        if (registration is null) return RegistrationErrors.NotFound;
        if (registration.Erase(clock.GetUtcNow())) await db.SaveChangesAsync(cancellationToken);
        return await db.Registrations.AsNoTracking().Where(r => r.Id == command.Id).Select(RegistrationResponse.Projection).SingleAsync(cancellationToken);
    }
}
