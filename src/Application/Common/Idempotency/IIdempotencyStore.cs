namespace Scc.Application.Common.Idempotency;

/// <summary>
/// The answers kept for Idempotency-Keys (port; implemented in Infrastructure). Used inside the transaction of the
/// request the key belongs to. Two requests with one key cannot both claim it: the second one waits until the first
/// commits (then finds its answer) or rolls back (then claims the key itself).
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Null when the key is now ours (go ahead, then <see cref="SaveAsync"/>); else the first request's record.</summary>
    Task<IdempotencyRecord?> ClaimAsync(IdempotencyKey key, byte[] requestHash, DateTimeOffset now, CancellationToken cancellationToken);

    Task SaveAsync(IdempotencyKey key, byte[] sealedOutcome, CancellationToken cancellationToken);
}
