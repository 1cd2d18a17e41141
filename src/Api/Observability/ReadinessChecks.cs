using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scc.Api.Security;
using StackExchange.Redis;

namespace Scc.Api.Observability;

/// <summary>
/// What <c>/health/ready</c> checks beyond the database: the deployment's Redis when one is configured, and the read
/// replica's lag when a replica is configured (<c>ConnectionStrings:SccReplica</c>, read at the composition root).
/// Neither makes an instance Unhealthy: without Redis each instance limits on its own, and reads go to the primary
/// when the replica is down or behind, so both answer Degraded (still 200, with the reason in the checks'
/// descriptions) and the load balancer keeps the instance.
/// </summary>
public static class ReadinessChecks
{
    public static IServiceCollection AddReadinessChecks(this IServiceCollection services, IConfiguration configuration, string? replicaConnectionString)
    {
        var checks = services.AddHealthChecks();
        if (configuration[Feeds.FeedCaching.RedisSetting] is { Length: > 0 })
            checks.AddCheck<RedisReadinessCheck>("redis", HealthStatus.Degraded, ["ready"], TimeSpan.FromSeconds(3));
        if (!string.IsNullOrEmpty(replicaConnectionString))
        {
            var maxLag = TimeSpan.FromSeconds(configuration.GetValue("Database:ReplicaMaxLagSeconds", 30.0));
            services.AddSingleton(new ReplicaLagCheck(replicaConnectionString, maxLag));
            checks.Add(new HealthCheckRegistration("replica", provider => provider.GetRequiredService<ReplicaLagCheck>(), HealthStatus.Degraded, ["ready"],
                TimeSpan.FromSeconds(5)));
        }
        return services;
    }

    /// <summary>A PING over the connection the shared rate limits use.</summary>
    private sealed class RedisReadinessCheck(SharedRateLimitStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var redis = await store.ConnectionAsync();
                var latency = await redis.GetDatabase().PingAsync();
                return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.#} ms.");
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus,
                    "Redis cannot be reached: rate limits are counted per instance and the output cache is not shared until it is back.");
            }
        }
    }
}
