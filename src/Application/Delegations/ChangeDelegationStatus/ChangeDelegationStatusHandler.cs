using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Delegations.GetDelegation;
using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations.ChangeDelegationStatus;

public sealed class ChangeDelegationStatusHandler(IAppDbContext db, IMediator mediator, TimeProvider clock)
    : ICommandHandler<ChangeDelegationStatusCommand, Result<DelegationResponse>>
{
    public async ValueTask<Result<DelegationResponse>> Handle(ChangeDelegationStatusCommand command, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (delegation is null) return DelegationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != delegation.Version) return Error.PreconditionFailed;

        var changed = command.Transition switch
        {
            DelegationTransition.Publish => delegation.Publish(clock.GetUtcNow()),
            DelegationTransition.Cancel => delegation.Cancel(command.Note),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Transition, "Unknown transition."),
        };
        if (!changed.IsSuccess) return changed.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDelegationQuery(delegation.Id, null, IncludeUnpublished: true), cancellationToken);
    }
}
