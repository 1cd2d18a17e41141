using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.DeleteDigest;

public sealed class DeleteDigestHandler(IAppDbContext db, TimeProvider clock, AuditActor actor) : ICommandHandler<DeleteDigestCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteDigestCommand command, CancellationToken cancellationToken)
    {
        var digest = await db.Digests.FirstOrDefaultAsync(d => d.Id == command.Id, cancellationToken);
        if (digest is null) return DigestErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != digest.Version) return Error.PreconditionFailed;
        var deletable = digest.EnsureDeletable();
        if (!deletable.IsSuccess) return deletable;
        // Into the trash (ADR 25): hidden everywhere, restorable until it is purged.
        digest.MoveToTrash(clock.GetUtcNow(), actor.Id ?? AuditActor.System);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
