using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Delegations.GetDelegation;
using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations.ScheduleDelegationPublication;

public sealed class ScheduleDelegationPublicationHandler(IAppDbContext db, IMediator mediator, TimeProvider clock)
    : ICommandHandler<ScheduleDelegationPublicationCommand, Result<DelegationResponse>>
{
    public async ValueTask<Result<DelegationResponse>> Handle(ScheduleDelegationPublicationCommand command, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (delegation is null) return DelegationErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != delegation.Version) return Error.PreconditionFailed;
        var scheduled = delegation.SchedulePublication(command.PublishAt, clock.GetUtcNow());
        if (!scheduled.IsSuccess) return scheduled.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetDelegationQuery(delegation.Id, null, IncludeUnpublished: true), cancellationToken);
    }
}
