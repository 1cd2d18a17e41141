using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Images;
using Scc.Domain.Common;

namespace Scc.Application.Trash.PurgeTrash;

/// <summary>
/// The hard delete behind the trash: each resource deleted more than <see cref="TrashOptions.PurgeAfter"/> ago is
/// removed for good, one save each, after the same reference checks as its deletion. One that something still refers
/// to (the cancelled registrations of an event, say, which its foreign key protects) stays in the trash, restorable,
/// and is reported; the next purge tries it again.
/// </summary>
public sealed class PurgeTrashHandler(IAppDbContext db, TimeProvider clock, AuditActor actor, IOptions<TrashOptions> options, IDatabaseFailures failures,
    IImageStore images)
    : ICommandHandler<PurgeTrashCommand, Result<PurgeTrashOutcome>>
{
    /// <summary>The actor id of the purge in the audit log.</summary>
    public const string PurgeJob = "trash-purge";

    public async ValueTask<Result<PurgeTrashOutcome>> Handle(PurgeTrashCommand command, CancellationToken cancellationToken)
    {
        // The purge is the system's own work, whoever starts it: its removals are audited as such.
        actor.SetSystem(PurgeJob);
        var deletedBefore = clock.GetUtcNow() - options.Value.PurgeAfter;
        var purged = 0;
        var kept = new List<KeptInTrash>();
        foreach (var type in TrashTypes.All)
        {
            var due = await TrashTypes.Trashed(db, type).Where(e => e.DeletedAt <= deletedBefore)
                .OrderBy(e => e.DeletedAt).Select(e => e.Id).ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                if (await TrashReferences.RefusalAsync(db, type, id, cancellationToken) is { } refused)
                {
                    kept.Add(new KeptInTrash(type, id, $"{refused.Code}: {refused.Description}"));
                    continue;
                }
                var item = await TrashTypes.Trashed(db, type).FirstAsync(e => e.Id == id, cancellationToken);
                TrashTypes.Remove(db, item);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    purged++;
                    // Its uploaded image stayed while it could be restored; gone with it now.
                    if (item is IHasUploadedImage { UploadedImage: { } image }) await images.RemoveAsync(image.Id, cancellationToken);
                }
                catch (Exception exception) when (failures.Describe(exception) is { Kind: DatabaseFailureKind.Conflict } failure)
                {
                    db.ForgetLoadedEntities();
                    kept.Add(new KeptInTrash(type, id, $"{failure.Code}: {failure.Detail}"));
                }
            }
        }
        return new PurgeTrashOutcome(purged, kept);
    }
}
