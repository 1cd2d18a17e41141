using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Trash;
using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations.DeleteDelegation;

public sealed class DeleteDelegationHandler(IAppDbContext db, TimeProvider clock, AuditActor actor) : ICommandHandler<DeleteDelegationCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteDelegationCommand command, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (delegation is null) return DelegationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != delegation.Version) return Error.PreconditionFailed;
        var deletable = delegation.EnsureDeletable();
        if (!deletable.IsSuccess) return deletable;
        if (await TrashReferences.ForDelegationAsync(db, delegation.Id, cancellationToken) is { } inUse) return inUse;
        // Into the trash (ADR 25): hidden everywhere, restorable until it is purged.
        delegation.MoveToTrash(clock.GetUtcNow(), actor.Id ?? AuditActor.System);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
