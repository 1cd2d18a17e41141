using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Partnerships;

namespace Scc.Application.Partnerships.DeletePartnership;

public sealed class DeletePartnershipHandler(IAppDbContext db) : ICommandHandler<DeletePartnershipCommand, Result>
{
    public async ValueTask<Result> Handle(DeletePartnershipCommand command, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (partnership is null) return PartnershipErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != partnership.Version) return Error.PreconditionFailed;
        db.Partnerships.Remove(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
