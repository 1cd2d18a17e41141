using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations.DeleteDelegation;

public sealed class DeleteDelegationHandler(IAppDbContext db) : ICommandHandler<DeleteDelegationCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteDelegationCommand command, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (delegation is null) return DelegationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != delegation.Version) return Error.PreconditionFailed;
        var deletable = delegation.EnsureDeletable();
        if (!deletable.IsSuccess) return deletable;
        if (await db.Mous.AnyAsync(m => m.DelegationId == delegation.Id || m.FollowUpDelegationIds.Contains(delegation.Id), cancellationToken))
            return Error.Conflict("delegation_in_use", "An MoU refers to this delegation; remove that reference first.");
        db.Delegations.Remove(delegation);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
