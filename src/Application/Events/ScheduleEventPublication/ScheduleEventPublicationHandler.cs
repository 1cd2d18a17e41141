using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Events.GetEvent;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events.ScheduleEventPublication;

public sealed class ScheduleEventPublicationHandler(IAppDbContext db, IMediator mediator, TimeProvider clock)
    : ICommandHandler<ScheduleEventPublicationCommand, Result<EventResponse>>
{
    public async ValueTask<Result<EventResponse>> Handle(ScheduleEventPublicationCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FirstOrDefaultAsync(e => e.Id == command.Id, cancellationToken);
        if (evt is null) return EventErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != evt.Version) return Error.PreconditionFailed;
        var scheduled = evt.SchedulePublication(command.PublishAt, command.UnpublishAt, clock.GetUtcNow());
        if (!scheduled.IsSuccess) return scheduled.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetEventQuery(evt.Id, null, IncludeDrafts: true), cancellationToken);
    }
}
