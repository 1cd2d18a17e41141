using Mediator;
using Scc.Application.Common;
using Scc.Application.Events.GetEvent;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events.CreateEvent;

public sealed class CreateEventHandler(IAppDbContext db, IMediator mediator) : ICommandHandler<CreateEventCommand, Result<EventResponse>>
{
    public async ValueTask<Result<EventResponse>> Handle(CreateEventCommand command, CancellationToken cancellationToken)
    {
        var slug = command.Slug ?? await SlugAllocation.FreeAsync(db.Events.Select(e => e.Slug), command.SlugOrFromTitle(), cancellationToken);
        if (await EventReferences.CheckAsync(db, command, slug, eventId: null, cancellationToken) is { } error) return error;

        var created = Event.Create(Guid.CreateVersion7(), slug, command.ToContent());
        if (!created.IsSuccess) return created.Error!;
        db.Events.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetEventQuery(created.Value.Id, null, IncludeDrafts: true), cancellationToken);
    }
}
