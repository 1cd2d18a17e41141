namespace Scc.Application.Common.Idempotency;

/// <summary>
/// The first answer to a request sent with an <c>Idempotency-Key</c>, kept 24 hours so a retry gets the
/// same answer. The key itself is not stored, only a hash; the answer is encrypted with a key derived from
/// it, because it can hold a manage token: the table alone lets nobody act for a registrant.
/// </summary>
public sealed class IdempotencyRecord
{
    public byte[] KeyHash { get; private set; } = [];

    /// <summary>SHA-256 of the request (route values and body): the same key with another request is refused.</summary>
    public byte[] RequestHash { get; private set; } = [];

    /// <summary>The encrypted outcome; null only inside the transaction that is producing it.</summary>
    public byte[]? Outcome { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
