using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Events.GetEvent;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events.UpdateEvent;

public sealed class UpdateEventHandler(IAppDbContext db, IMediator mediator) : ICommandHandler<UpdateEventCommand, Result<EventResponse>>
{
    public async ValueTask<Result<EventResponse>> Handle(UpdateEventCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FirstOrDefaultAsync(e => e.Id == command.Id, cancellationToken);
        if (evt is null) return EventErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != evt.Version) return Error.PreconditionFailed;

        var slug = command.Slug ?? evt.Slug;
        if (await EventReferences.CheckAsync(db, command, slug, evt.Id, cancellationToken) is { } error) return error;
        var updated = evt.Update(slug, command.ToContent());
        if (!updated.IsSuccess) return updated.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetEventQuery(evt.Id, null, IncludeDrafts: true), cancellationToken);
    }
}
