using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Scc.Api.Security;

/// <summary>
/// One fixed window counted in Redis, shared by every instance: a counter per partition that expires with its window.
/// A request is counted only when it is let through, as the in-process fixed window does. The check and the count are
/// one script, so concurrent requests on several instances never let more than the limit through.
/// <para>
/// Only the asynchronous acquire asks Redis: the synchronous attempt refuses without a lease's reason, and ASP.NET
/// Core's limiter middleware then waits on the asynchronous one. When Redis cannot be reached (or answers too late), the
/// decision is taken by an in-process fixed window of the same limit: the limit holds per instance, as it did before
/// limits were shared, and a request is never failed because the store is down.
/// </para>
/// </summary>
public sealed class RedisFixedWindowLimiter(SharedRateLimitStore store, string partition, FixedWindowLimit limit) : RateLimiter
{
    // KEYS[1] the counter; ARGV: limit, permits, window (ms). Returns {acquired (0/1), permits left, ms until the window ends}.
    private const string Script = """
        local limit = tonumber(ARGV[1])
        local permits = tonumber(ARGV[2])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl == -1 then redis.call('DEL', KEYS[1]) ttl = -2 end
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        if count + permits > limit then return {0, limit - count, ttl} end
        count = redis.call('INCRBY', KEYS[1], permits)
        if ttl < 0 then
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            ttl = tonumber(ARGV[3])
        end
        return {1, limit - count, ttl}
        """;

    private readonly RedisKey key = SharedRateLimitStore.KeyOf(partition);
    private readonly FixedWindowRateLimiter local = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
    });
    private long available = limit.PermitLimit;
    private long lastUsed = Environment.TickCount64;

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => new() { CurrentAvailablePermits = Interlocked.Read(ref available) };

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        permitCount == 0 ? WindowLease.Acquired : WindowLease.Undecided;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsed, Environment.TickCount64);
        if (permitCount == 0) return WindowLease.Acquired;
        if (permitCount > limit.PermitLimit) return new WindowLease(false, limit.Window);
        try
        {
            var redis = await store.ConnectionAsync();
            var answer = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(Script, [key],
                [limit.PermitLimit, permitCount, (long)limit.Window.TotalMilliseconds]))!;
            Interlocked.Exchange(ref available, Math.Max(0, (long)answer[1]));
            var acquired = (long)answer[0] == 1;
            return acquired ? WindowLease.Acquired : new WindowLease(false, TimeSpan.FromMilliseconds(Math.Max(0, (long)answer[2])));
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException or InvalidCastException)
        {
            store.RecordFailure(exception);
            var lease = local.AttemptAcquire(permitCount);
            Interlocked.Exchange(ref available, local.GetStatistics()?.CurrentAvailablePermits ?? 0);
            return lease;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) local.Dispose();
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await local.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    /// <summary>A decision; a refusal carries when the window ends as its <c>RetryAfter</c>.</summary>
    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly WindowLease Acquired = new(true, null);

        /// <summary>The synchronous attempt's answer: not acquired, and no reason, so that the caller asks asynchronously.</summary>
        public static readonly WindowLease Undecided = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
