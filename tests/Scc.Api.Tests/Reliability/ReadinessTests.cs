using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Reliability;

/// <summary>A redis-server of the test's own, which it stops and starts again.</summary>
public sealed class OwnRedis : IAsyncDisposable
{
    private Process? server;

    public int Port { get; } = ClosedPort.Find();

    public async Task StartAsync()
    {
        server = Process.Start(new ProcessStartInfo("redis-server",
            ["--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start (it is on the PATH when the tests run through ./scripts/test.sh)");
        server.OutputDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(50);
            }
        }
    }

    public async Task StopAsync()
    {
        if (server is null) return;
        server.Kill();
        await server.WaitForExitAsync();
        server.Dispose();
        server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

public sealed class ReadinessTests
{
    private sealed class ReadinessApiFactory(string redis, string? replica = null) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OutputCache:Redis", redis);
            if (replica is not null) builder.UseSetting("ConnectionStrings:SccReplica", replica);
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadyAsync(ApiFactory api)
    {
        var response = await api.Anonymous().GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> WaitForAsync(ApiFactory api, string expected, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var (status, body) = await ReadyAsync(api);
            Assert.Equal(HttpStatusCode.OK, status);
            if (body == expected || DateTime.UtcNow > until) return body;
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Readiness_is_degraded_while_redis_is_stopped_and_healthy_again_once_it_is_back()
    {
        await using var redis = new OwnRedis();
        await redis.StartAsync();
        var api = new ReadinessApiFactory($"127.0.0.1:{redis.Port},connectTimeout=1000");
        await api.InitializeAsync();
        try
        {
            Assert.Equal("Healthy", await WaitForAsync(api, "Healthy", TimeSpan.FromSeconds(10)));

            await redis.StopAsync();
            Assert.Equal("Degraded", await WaitForAsync(api, "Degraded", TimeSpan.FromSeconds(15)));
            // Still serving.
            Assert.Equal(HttpStatusCode.OK, (await api.As("editor").GetAsync("/api/v1/events?limit=1")).StatusCode);

            await redis.StartAsync();
            Assert.Equal("Healthy", await WaitForAsync(api, "Healthy", TimeSpan.FromSeconds(30)));
        }
        finally
        {
            await api.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_replica_that_cannot_be_reached_makes_readiness_degraded_not_unhealthy()
    {
        var api = new ReadinessApiFactory(RedisApiFactory.RedisConfiguration,
            $"Host=127.0.0.1;Port={ClosedPort.Find()};Database=scc;Username=postgres");
        await api.InitializeAsync();
        try
        {
            Assert.Equal((HttpStatusCode.OK, "Degraded"), await ReadyAsync(api));
        }
        finally
        {
            await api.DisposeAsync();
        }
    }
}
