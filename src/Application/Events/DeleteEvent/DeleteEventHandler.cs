using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events.DeleteEvent;

public sealed class DeleteEventHandler(IAppDbContext db) : ICommandHandler<DeleteEventCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteEventCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FirstOrDefaultAsync(e => e.Id == command.Id, cancellationToken);
        if (evt is null) return EventErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != evt.Version) return Error.PreconditionFailed;
        var deletable = evt.EnsureDeletable();
        if (!deletable.IsSuccess) return deletable;
        if (await db.Events.AnyAsync(e => e.ParentEventId == evt.Id, cancellationToken))
            return Error.Conflict("event_has_parts", "Other events are part of this one; remove them from it first.");
        // Delegations and MoUs refer to events from jsonb-backed lists, without a foreign key.
        if (await db.Delegations.AnyAsync(d => d.RelatedEventIds.Contains(evt.Id), cancellationToken) ||
            await db.Mous.AnyAsync(m => m.SignedAtEventId == evt.Id || m.FollowUpEventIds.Contains(evt.Id), cancellationToken))
            return Error.Conflict("event_in_use", "A delegation or an MoU refers to this event; remove that reference first.");
        db.Events.Remove(evt);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
