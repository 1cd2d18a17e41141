using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scc.Api.Tests.Support;
using Scc.Domain.Registrations;
using Scc.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace Scc.Api.Tests.Reliability;

/// <summary>
/// The API on more than one machine, played on this one with <c>scripts/cluster.sh</c>: two instances as real processes
/// behind HAProxy, a PostgreSQL primary with a streaming replica, and Redis. A registration rush spread over both
/// instances, one of them killed with SIGKILL in the middle of it; the shared output cache; webhooks with two dispatchers;
/// anonymous reads from the replica, and from the primary once the replica is down.
/// </summary>
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    // Room for more than the registrations made before the kill, so that the rush still takes seats after it.
    private const int Capacity = 60;
    private const int Writers = 8;
    private const int AttemptsPerWriter = 12;

    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(150);

    // Generous limits for the rush (every request comes from HAProxy's one address); an API key's allowance small enough to exhaust.
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["RateLimiting__RegistrationsPerIp__PermitLimit"] = "100000",
        ["RateLimiting__RegistrationsPerEvent__PermitLimit"] = "100000",
        ["RateLimiting__AnonymousPerIp__PermitLimit"] = "100000",
        ["RateLimiting__Staff__PermitLimit"] = "100000",
        ["RateLimiting__ApiKey__PermitLimit"] = "10",
    };

    [Fact]
    public async Task TwoInstances_WithOneKilledMidRush_LoseNoAcknowledgedRegistration_AndShareCacheWebhooksAndReplica()
    {
        await using var cluster = await LocalCluster.StartAsync(instances: 2, Settings, StartWithin);
        var took = Stopwatch.StartNew();
        using var balanced = Client(cluster.Url);
        using var first = Client(cluster.Instance(0));
        using var second = Client(cluster.Instance(1));

        // A load balancer's HTTP/1.0 check sends no Host header: the instance still answers.
        Assert.StartsWith("HTTP/1.1 200", await RawHttp10Async(cluster.InstancePorts[0], "/health/ready"), StringComparison.Ordinal);

        // Reads: anonymous lists come from the replica, staff read their own write at once (the primary).
        Assert.Equal(0, await ReplicaClientsAsync(cluster));
        var eventId = await CreatePublishedEventAsync(balanced, "Scale-out Seminar", Capacity);
        var ownRead = await (await balanced.SendAsync(Staff(HttpMethod.Get, $"/api/v1/events/{eventId}"))).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("published", ownRead["status"]!.GetValue<string>());
        for (var i = 0; i < 4; i++) (await balanced.GetAsync($"/api/v1/organisations?limit={10 + i}")).EnsureSuccessStatusCode();
        Assert.True(await ReplicaClientsAsync(cluster) > 0, "Anonymous list reads did not reach the replica.");

        // The shared output cache: the feed read through the second instance, the event renamed through the first, the
        // feed read again through the second shows the new title (a per-instance cache would still hold the old feed).
        var feedBefore = await second.GetStringAsync("/api/v1/feeds/events?limit=100");
        Assert.Contains("Scale-out Seminar", feedBefore, StringComparison.Ordinal);
        await RenameEventAsync(first, eventId, "Scale-out Seminar (renamed)");
        var feedAfter = await second.GetStringAsync("/api/v1/feeds/events?limit=100");
        var evicted = feedAfter.Contains("Scale-out Seminar (renamed)", StringComparison.Ordinal);
        Assert.True(evicted, "An edit through one instance did not evict the other instance's cached feed.");

        // Webhooks with two dispatchers: every registration's delivery arrives exactly once.
        await using var receiver = await WebhookReceiver.StartAsync();
        var hookUrl = receiver.Answer("/scale-out", _ => 204);
        await (await balanced.SendAsync(Staff(HttpMethod.Post, "/api/v1/webhooks",
                new JsonObject { ["url"] = hookUrl, ["eventTypes"] = new JsonArray("registration.created") }, role: "admin")))
            .AssertJsonAsync(HttpStatusCode.Created);
        var hookEventId = await CreatePublishedEventAsync(balanced, "Scale-out Webhooks", 1000);
        const int hookRegistrations = 20;
        for (var i = 0; i < hookRegistrations; i++)
            await (await (i % 2 == 0 ? first : second).PostAsync($"/api/v1/events/{hookEventId}/registrations", Registration($"hook{i}@example.org")))
                .AssertJsonAsync(HttpStatusCode.Created);
        var waited = Stopwatch.StartNew();
        while (receiver.At("/scale-out").Count < hookRegistrations && waited.Elapsed < TimeSpan.FromSeconds(45)) await Task.Delay(200);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a second dispatcher sending the same delivery again would do it by now
        var deliveries = receiver.At("/scale-out").GroupBy(r => r.Headers["webhook-id"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(hookRegistrations, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(1, d.Value));

        // The rush: 8 writers through HAProxy, each registration with its Idempotency-Key, retried by the client with the same
        // key when the answer was lost or a 5xx; the second instance is killed with SIGKILL a third of the way in.
        var acknowledged = new ConcurrentBag<string>();
        var serverErrors = new ConcurrentBag<int>();
        var unexpected = new ConcurrentBag<string>();
        var transportErrors = 0;
        var refused = 0;
        var done = 0;
        var killed = new TaskCompletionSource();
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < AttemptsPerWriter; i++)
            {
                var email = $"rush{writer}.{i}@example.org";
                var key = Guid.NewGuid().ToString();
                for (var attempt = 1; ; attempt++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations") { Content = Registration(email) };
                    request.Headers.Add("Idempotency-Key", key);
                    try
                    {
                        using var response = await balanced.SendAsync(request);
                        var status = (int)response.StatusCode;
                        var text = await response.Content.ReadAsStringAsync();
                        if (status == 201) acknowledged.Add(email);
                        else if (status == 409 && text.Contains("\"event_full\"", StringComparison.Ordinal)) Interlocked.Increment(ref refused);
                        else if (status >= 500) serverErrors.Add(status);
                        else unexpected.Add($"{email}: {status} {text}");
                        if (status < 500 || attempt == 5) break;
                    }
                    catch (HttpRequestException) when (attempt < 5)
                    {
                        Interlocked.Increment(ref transportErrors);
                    }
                    await Task.Delay(200 * attempt);
                }
                if (Interlocked.Increment(ref done) == Writers * AttemptsPerWriter / 3) killed.TrySetResult();
            }
        })).ToArray();
        await killed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await cluster.KillInstanceAsync(1);
        var acknowledgedBeforeKill = acknowledged.Count;
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(90));
        await Assert.ThrowsAsync<HttpRequestException>(() => second.GetAsync("/health/live"));

        var stored = await StoredAsync(cluster.PrimaryConnection, Guid.Parse(eventId));
        var confirmed = stored.Count(r => r.Status == RegistrationStatus.Confirmed);
        var overbooked = Math.Max(0, confirmed - Capacity);
        var missing = acknowledged.Except(stored.Select(r => r.Email)).ToList();

        // The replica taken down: anonymous reads go to the primary, without an error.
        await cluster.StopReplicaAsync();
        var replicaDownAnswers = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            replicaDownAnswers.Add((int)(await balanced.GetAsync($"/api/v1/organisations?limit={20 + i}")).StatusCode);
            replicaDownAnswers.Add((int)(await balanced.GetAsync($"/api/v1/search?q=seminar{i}")).StatusCode);
        }

        var report = $"Scale-out (2 instances behind HAProxy, 1 killed with SIGKILL mid-rush): {acknowledged.Count} acknowledged ({acknowledgedBeforeKill} before the kill), {stored.Count} stored, " +
                     $"{missing.Count} acknowledged but lost, {serverErrors.Count} 5xx, {transportErrors} lost answers retried, {refused} refused full, " +
                     $"{overbooked} overbooked ({confirmed}/{Capacity} confirmed); webhooks: {deliveries.Count} ids, " +
                     $"{deliveries.Values.Sum()} deliveries, at most {deliveries.Values.DefaultIfEmpty().Max()} per id; feed evicted across instances: {(evicted ? "yes" : "no")}; " +
                     $"replica down: {replicaDownAnswers.Count(s => s == 200)}/{replicaDownAnswers.Count} anonymous reads 200; {took.Elapsed.TotalSeconds:0} s";
        output.WriteLine(report);
        await Artifacts.WriteReportAsync("scale-out", report);

        Assert.Empty(unexpected);
        Assert.Empty(missing);
        Assert.Equal(0, overbooked);
        Assert.True(acknowledged.Count > acknowledgedBeforeKill, "No registration was acknowledged after the kill: the rush ended before it.");
        Assert.Equal(Writers * AttemptsPerWriter, acknowledged.Count + refused);
        Assert.Equal(acknowledged.Order(), stored.Select(r => r.Email).Order());
        Assert.All(replicaDownAnswers, status => Assert.Equal(200, status));

        var exit = await cluster.StopAsync();
        Assert.True(exit is 130 or 143, $"scripts/cluster.sh exited {exit} when stopped. Its output:\n{cluster.Log}");
        Assert.False(Directory.Exists(cluster.State["SCC_PG_REPLICA_DATA"]), "The cluster's folders were left behind.");
    }

    /// <summary>A client's allowance is one across instances: the key's 10 requests a minute, whichever instance answers.</summary>
    /// <remarks>With each instance's limits in its own memory, 20 of the 20 requests would answer 200 (10 per instance).</remarks>
    [Fact]
    public async Task ApiKeyRateLimit_AcrossTwoInstances_HoldsAsOneAllowance()
    {
        await using var cluster = await LocalCluster.StartAsync(instances: 2, Settings, StartWithin);
        using var balanced = Client(cluster.Url);
        var created = await (await balanced.SendAsync(Staff(HttpMethod.Post, "/api/v1/api-keys",
            new JsonObject { ["name"] = "Scale-out", ["scopes"] = new JsonArray("content:read") }, role: "admin"))).AssertJsonAsync(HttpStatusCode.Created);
        var secret = created["secret"]!.GetValue<string>();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var client = Client(cluster.Instance(i % 2));
            client.DefaultRequestHeaders.Add("X-Api-Key", secret);
            answers.Add((await client.GetAsync($"/api/v1/events?limit={1 + i}")).StatusCode);
        }

        Assert.Equal(10, answers.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(10, answers.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    private static HttpClient Client(Uri address) => new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    private static HttpRequestMessage Staff(HttpMethod method, string url, JsonNode? body = null, string role = "editor")
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(role));
        return request;
    }

    private static StringContent Registration(string email) => new(new JsonObject
    {
        ["registrant"] = new JsonObject { ["name"] = "Scale-out Writer", ["email"] = email },
        ["consent"] = new JsonObject { ["statementVersion"] = "2023-07", ["language"] = "en" },
    }.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<string> CreatePublishedEventAsync(HttpClient client, string title, int capacity)
    {
        var body = EventBodies.Seminar(title);
        body["registration"] = new JsonObject { ["mode"] = "internal", ["capacity"] = capacity };
        var id = (await (await client.SendAsync(Staff(HttpMethod.Post, "/api/v1/events", body))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await client.SendAsync(Staff(HttpMethod.Post, $"/api/v1/events/{id}/publish"))).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private static async Task RenameEventAsync(HttpClient client, string eventId, string title)
    {
        using var read = await client.SendAsync(Staff(HttpMethod.Get, $"/api/v1/events/{eventId}"));
        var etag = read.Headers.ETag!;
        var body = EventBodies.Seminar(title);
        body["registration"] = new JsonObject { ["mode"] = "internal", ["capacity"] = Capacity };
        var update = Staff(HttpMethod.Put, $"/api/v1/events/{eventId}", body);
        update.Headers.IfMatch.Add(etag);
        using var updated = await client.SendAsync(update);
        Assert.True(updated.IsSuccessStatusCode, $"The rename answered {(int)updated.StatusCode}: {await updated.Content.ReadAsStringAsync()}");
    }

    /// <summary>Client connections to the API's database on the replica (the pools the instances keep there), the readiness check's left out.</summary>
    private static async Task<long> ReplicaClientsAsync(LocalCluster cluster)
    {
        var admin = new NpgsqlConnectionStringBuilder(cluster.ReplicaConnection) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = 'scc' AND backend_type = 'client backend' AND application_name <> 'scc-readiness'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<(string Email, RegistrationStatus Status)>> StoredAsync(string connectionString, Guid eventId)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options;
        await using var db = new AppDbContext(options);
        var rows = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId).Select(r => new { r.EmailKey, r.Status }).ToListAsync();
        return [.. rows.Select(r => (r.EmailKey, r.Status))];
    }

    private static async Task<string> RawHttp10Async(int port, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.0\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync();
    }
}
