using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;
using Scc.Domain.Partnerships;

namespace Scc.Application.Partnerships.DeletePartnership;

public sealed class DeletePartnershipHandler(IAppDbContext db, TimeProvider clock, AuditActor actor) : ICommandHandler<DeletePartnershipCommand, Result>
{
    public async ValueTask<Result> Handle(DeletePartnershipCommand command, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.FirstOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (partnership is null) return PartnershipErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != partnership.Version) return Error.PreconditionFailed;
        // Into the trash (ADR 25): hidden everywhere, restorable until it is purged.
        partnership.MoveToTrash(clock.GetUtcNow(), actor.Id ?? AuditActor.System);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
