using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;
using Scc.Infrastructure.Outbox;

namespace Scc.Api.Security;

/// <summary>
/// The Redis server the instances of a deployment count their rate limits in (the one of <c>OutputCache:Redis</c>),
/// so that a client's requests spread over several instances meet one limit, not one per instance. Its connection
/// fails fast: while Redis cannot be reached, a command fails at once instead of waiting in a backlog, and the
/// limiter falls back to counting in this instance (<see cref="RedisFixedWindowLimiter"/>).
/// </summary>
public sealed partial class SharedRateLimitStore : IAsyncDisposable
{
    /// <summary>At most one warning this often while Redis stays unreachable: a log line per request would flood the logs.</summary>
    private static readonly TimeSpan WarningInterval = TimeSpan.FromSeconds(30);

    private readonly Lazy<Task<ConnectionMultiplexer>> connection;
    private readonly Counter<long> failures;
    private readonly ILogger<SharedRateLimitStore> logger;
    private readonly TimeProvider clock;
    private long lastWarningTicks = long.MinValue;

    public SharedRateLimitStore(string configuration, TimeSpan timeout, IMeterFactory meters, TimeProvider clock, ILogger<SharedRateLimitStore> logger)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = (int)timeout.TotalMilliseconds;
        options.AsyncTimeout = (int)timeout.TotalMilliseconds;
        options.SyncTimeout = (int)timeout.TotalMilliseconds;
        options.ClientName = "scc-rate-limits";
        connection = new Lazy<Task<ConnectionMultiplexer>>(() => ConnectionMultiplexer.ConnectAsync(options));
        failures = meters.Create(OutboxMetrics.MeterName).CreateCounter<long>("scc.rate_limit.store_failures", description:
            "Rate-limit decisions taken in this instance alone because the shared store (Redis) could not be reached.");
        this.logger = logger;
        this.clock = clock;
    }

    public Task<ConnectionMultiplexer> ConnectionAsync() => connection.Value;

    /// <summary>The key of a partition: its name hashed, so that no client address or user id is written to Redis.</summary>
    public static RedisKey KeyOf(string partition) =>
        "scc:rate-limit:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(partition)), 0, 16);

    /// <summary>Counts a decision taken without the store and warns, once in a while, that limits are per instance now.</summary>
    public void RecordFailure(Exception exception)
    {
        failures.Add(1);
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref lastWarningTicks);
        if (last != long.MinValue && clock.GetElapsedTime(last, now) < WarningInterval) return;
        if (Interlocked.CompareExchange(ref lastWarningTicks, now, last) != last) return;
        LogStoreUnreachable(exception.GetType().Name, exception.Message);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection.IsValueCreated) await (await connection.Value).DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared rate-limit store (Redis) cannot be reached ({ExceptionType}: {Reason}); limits are counted in each instance until it is back")]
    private partial void LogStoreUnreachable(string exceptionType, string reason);
}
