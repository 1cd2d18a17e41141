using Microsoft.AspNetCore.Hosting;

namespace Scc.Api.Tests.Support;

/// <summary>
/// The API with its output cache in Redis (<c>OutputCache:Redis</c>). Given another instance's connection string,
/// it is a second instance of the same deployment: same database, same Redis.
/// </summary>
public sealed class RedisApiFactory(string? sharedConnectionString = null) : FeedApiFactory
{
    /// <summary>The Redis server for tests, which scripts/test.sh starts (host:port).</summary>
    public static string RedisConfiguration =>
        Environment.GetEnvironmentVariable("SCC_TEST_REDIS") is { Length: > 0 } redis
            ? redis
            : throw new InvalidOperationException(
                "SCC_TEST_REDIS is not set: run the tests with ./scripts/test.sh, which starts a throw-away redis-server " +
                "(installing Debian's redis-server package when missing), or set SCC_TEST_REDIS to a Redis server (e.g. 127.0.0.1:6379) " +
                "that the tests may write to.");

    protected override string? SharedConnectionString => sharedConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OutputCache:Redis", RedisConfiguration);
    }
}
