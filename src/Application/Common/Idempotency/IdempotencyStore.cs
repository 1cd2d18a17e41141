using Microsoft.EntityFrameworkCore;
using Scc.Domain.Common;

namespace Scc.Application.Common.Idempotency;

/// <summary>
/// Claims a key inside the caller's transaction. Two requests with one key cannot both claim it: the second
/// one's insert waits on the unique key until the first commits (then replays its answer) or rolls back
/// (then claims it itself).
/// </summary>
public static class IdempotencyStore
{
    public static Error KeyReused { get; } = new("idempotency_key_reused",
        "This Idempotency-Key was already used with a different request; use a new key for a new request.", ErrorKind.Unprocessable);

    /// <summary>Null when the key is now ours (go ahead, then <see cref="SaveAsync"/>); else the first request's stored record.</summary>
    public static async Task<IdempotencyRecord?> ClaimAsync(IAppDbContext db, IdempotencyKey key, byte[] requestHash, DateTimeOffset now, CancellationToken ct)
    {
        var expired = now - IdempotencyKey.Lifetime;
        await db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_keys WHERE created_at < {expired}", ct);
        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO idempotency_keys (key_hash, request_hash, created_at) VALUES ({key.Hash}, {requestHash}, {now}) ON CONFLICT (key_hash) DO NOTHING", ct);
        if (claimed == 1) return null;
        return await db.IdempotencyKeys.AsNoTracking().SingleAsync(r => r.KeyHash == key.Hash, ct);
    }

    public static async Task SaveAsync(IAppDbContext db, IdempotencyKey key, byte[] outcome, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"UPDATE idempotency_keys SET outcome = {outcome} WHERE key_hash = {key.Hash}", ct);
}
