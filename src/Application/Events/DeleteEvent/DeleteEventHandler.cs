using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Trash;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events.DeleteEvent;

public sealed class DeleteEventHandler(IAppDbContext db, TimeProvider clock, AuditActor actor) : ICommandHandler<DeleteEventCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteEventCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FirstOrDefaultAsync(e => e.Id == command.Id, cancellationToken);
        if (evt is null) return EventErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != evt.Version) return Error.PreconditionFailed;
        var deletable = evt.EnsureDeletable(await TrashReferences.HasLiveRegistrationsAsync(db, evt.Id, cancellationToken));
        if (!deletable.IsSuccess) return deletable;
        if (await TrashReferences.ForEventAsync(db, evt.Id, cancellationToken) is { } inUse) return inUse;
        // Into the trash (ADR 25): hidden everywhere, restorable until it is purged.
        evt.MoveToTrash(clock.GetUtcNow(), actor.Id ?? AuditActor.System);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
