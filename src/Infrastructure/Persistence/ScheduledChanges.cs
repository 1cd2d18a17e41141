using Microsoft.EntityFrameworkCore;
using Scc.Application.Publishing;

namespace Scc.Infrastructure.Persistence;

/// <summary>
/// Due planned publications, claimed with <c>FOR UPDATE SKIP LOCKED</c>: of two instances polling at once, each takes
/// a row the other does not hold; the status is checked again under the lock (PostgreSQL re-reads a row that changed
/// while it waited), so a row another instance has just published is no longer due.
/// </summary>
internal sealed class ScheduledChanges(AppDbContext db) : IScheduledChanges
{
    public async Task<ScheduledChange?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await ClaimAsync(db.Database.SqlQuery<Guid>(
                $"""SELECT id AS "Value" FROM events WHERE publish_at <= {now} AND status = 'Draft' ORDER BY publish_at LIMIT 1 FOR UPDATE SKIP LOCKED"""),
                cancellationToken) is { } publishEvent)
            return new ScheduledChange(ScheduledChangeKind.PublishEvent, publishEvent);
        if (await ClaimAsync(db.Database.SqlQuery<Guid>(
                $"""SELECT id AS "Value" FROM events WHERE unpublish_at <= {now} AND status <> 'Draft' ORDER BY unpublish_at LIMIT 1 FOR UPDATE SKIP LOCKED"""),
                cancellationToken) is { } unpublishEvent)
            return new ScheduledChange(ScheduledChangeKind.UnpublishEvent, unpublishEvent);
        if (await ClaimAsync(db.Database.SqlQuery<Guid>(
                $"""SELECT id AS "Value" FROM delegations WHERE publish_at <= {now} AND status = 'Draft' ORDER BY publish_at LIMIT 1 FOR UPDATE SKIP LOCKED"""),
                cancellationToken) is { } delegation)
            return new ScheduledChange(ScheduledChangeKind.PublishDelegation, delegation);
        if (await ClaimAsync(db.Database.SqlQuery<Guid>(
                $"""SELECT id AS "Value" FROM mous WHERE publish_at <= {now} AND visibility = 'Draft' ORDER BY publish_at LIMIT 1 FOR UPDATE SKIP LOCKED"""),
                cancellationToken) is { } mou)
            return new ScheduledChange(ScheduledChangeKind.PublishMou, mou);
        if (await ClaimAsync(db.Database.SqlQuery<Guid>(
                $"""SELECT id AS "Value" FROM digests WHERE publish_at <= {now} AND status = 'Draft' ORDER BY publish_at LIMIT 1 FOR UPDATE SKIP LOCKED"""),
                cancellationToken) is { } digest)
            return new ScheduledChange(ScheduledChangeKind.PublishDigest, digest);
        return null;
    }

    // Not composed (no FirstOrDefault): the statement runs as written, its lock clause at the top level.
    private static async Task<Guid?> ClaimAsync(IQueryable<Guid> claim, CancellationToken cancellationToken) =>
        (await claim.ToListAsync(cancellationToken)) is [var id] ? id : null;
}
