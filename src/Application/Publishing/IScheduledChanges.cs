namespace Scc.Application.Publishing;

/// <summary>The due planned publications, claimed in the database (port; implemented in Infrastructure).</summary>
public interface IScheduledChanges
{
    /// <summary>
    /// The earliest change due at <paramref name="now"/> whose row nobody else holds, locked until the current transaction
    /// ends (<c>FOR UPDATE SKIP LOCKED</c>): another instance claiming at the same time passes over it, and once the
    /// transaction commits the row is no longer due. Null when nothing is due. Must run inside a transaction.
    /// </summary>
    Task<ScheduledChange?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
