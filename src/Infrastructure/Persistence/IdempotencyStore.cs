using Microsoft.EntityFrameworkCore;
using Scc.Application.Common.Idempotency;

namespace Scc.Infrastructure.Persistence;

/// <summary>
/// Idempotency-Keys in <c>idempotency_keys</c>. The claim is an insert that does nothing on a taken key: the unique
/// key makes a second request with the same key wait for the first one's transaction, then find its row.
/// </summary>
internal sealed class IdempotencyStore(AppDbContext db) : IIdempotencyStore
{
    public async Task<IdempotencyRecord?> ClaimAsync(IdempotencyKey key, byte[] requestHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = now - IdempotencyKey.Lifetime;
        await db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_keys WHERE created_at < {expired}", cancellationToken);
        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO idempotency_keys (key_hash, request_hash, created_at) VALUES ({key.Hash}, {requestHash}, {now}) ON CONFLICT (key_hash) DO NOTHING",
            cancellationToken);
        if (claimed == 1) return null;
        return await db.IdempotencyKeys.AsNoTracking().SingleAsync(r => r.KeyHash == key.Hash, cancellationToken);
    }

    public async Task SaveAsync(IdempotencyKey key, byte[] sealedOutcome, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"UPDATE idempotency_keys SET outcome = {sealedOutcome} WHERE key_hash = {key.Hash}", cancellationToken);
}
