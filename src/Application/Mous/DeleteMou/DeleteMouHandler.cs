using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.DeleteMou;

public sealed class DeleteMouHandler(IAppDbContext db, TimeProvider clock, AuditActor actor) : ICommandHandler<DeleteMouCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteMouCommand command, CancellationToken cancellationToken)
    {
        var mou = await db.Mous.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
        if (mou is null) return MouErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != mou.Version) return Error.PreconditionFailed;
        var deletable = mou.EnsureDeletable();
        if (!deletable.IsSuccess) return deletable;
        // Into the trash (ADR 25): hidden everywhere, restorable until it is purged.
        mou.MoveToTrash(clock.GetUtcNow(), actor.Id ?? AuditActor.System);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
