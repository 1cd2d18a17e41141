using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Events.GetEvent;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Events.ChangeEventStatus;

public sealed class ChangeEventStatusHandler(IAppDbContext db, IMediator mediator, TimeProvider clock)
    : ICommandHandler<ChangeEventStatusCommand, Result<EventResponse>>
{
    public async ValueTask<Result<EventResponse>> Handle(ChangeEventStatusCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FirstOrDefaultAsync(e => e.Id == command.Id, cancellationToken);
        if (evt is null) return EventErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != evt.Version) return Error.PreconditionFailed;

        var changed = command.Transition switch
        {
            EventTransition.Publish => evt.Publish(clock.GetUtcNow()),
            EventTransition.Postpone => evt.Postpone(command.Note),
            EventTransition.Cancel => evt.Cancel(command.Note),
            EventTransition.Unpublish => evt.Unpublish(
                await db.Registrations.AnyAsync(r => r.EventId == evt.Id && Registration.LiveStatuses.Contains(r.Status), cancellationToken)),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Transition, "Unknown transition."),
        };
        if (!changed.IsSuccess) return changed.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetEventQuery(evt.Id, null, IncludeDrafts: true), cancellationToken);
    }
}
