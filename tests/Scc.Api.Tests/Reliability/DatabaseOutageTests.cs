using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Scc.Api.Tests.Support;
using Xunit.Abstractions;

namespace Scc.Api.Tests.Reliability;

/// <summary>The API on a database server of its own, which the test takes down and brings back.</summary>
public sealed class OutageApiFactory : ApiFactory
{
    public const int RequestTimeoutSeconds = 20;

    public OwnPostgres Database { get; private set; } = null!;

    /// <summary>The API's log, so that an unexpected answer can be shown with the exception behind it.</summary>
    public CountingLoggerProvider Log { get; } = new();

    protected override async Task<string> CreateDatabaseAsync()
    {
        Database = await OwnPostgres.StartAsync();
        return await PostgresServer.CreateMigratedDatabaseAsync(Database.ConnectionString, "scc");
    }

    // The whole server goes, with its database.
    protected override async Task DropDatabaseAsync(string connectionString) => await Database.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ConnectTimeoutSeconds", "2");
        builder.UseSetting("Database:CommandTimeoutSeconds", "5");
        builder.UseSetting("Limits:RequestTimeoutSeconds", RequestTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}

public sealed class DatabaseOutageTests(OutageApiFactory api, ITestOutputHelper output) : IClassFixture<OutageApiFactory>
{
    private const int Writers = 6;

    private sealed record Answer(int Status, string Body);

    [Fact]
    public async Task Registrations_WhileTheDatabaseRestarts_AreStoredExactlyOnceWithRetryable503sAndNo500()
    {
        var editor = api.As("editor");
        var setup = Stopwatch.StartNew();
        var body = EventBodies.Seminar("Outage Seminar");
        body["registration"] = new JsonObject { ["mode"] = "internal", ["capacity"] = 100_000, ["waitingList"] = true };
        var eventId = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{eventId}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        output.WriteLine($"set-up took {setup.Elapsed.TotalSeconds:0.0} s");

        var acknowledged = new ConcurrentDictionary<string, string>();
        var unexpected = new ConcurrentBag<Answer>();
        var sent = 0;
        var unavailable = 0;
        long slowestTicks = 0;
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            using var client = api.Anonymous();
            client.Timeout = TimeSpan.FromSeconds(OutageApiFactory.RequestTimeoutSeconds * 3);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var email = $"writer{writer}.{i}@example.org";
                var key = Guid.NewGuid().ToString();
                var json = new JsonObject
                {
                    ["registrant"] = new JsonObject { ["name"] = "陳大文", ["email"] = email },
                    ["consent"] = new JsonObject { ["statementVersion"] = "2023-07", ["language"] = "zh-Hant" },
                }.ToJsonString();
                // A client that gets a 503 retries the same request with the same key until it gets an answer.
                while (true)
                {
                    Interlocked.Increment(ref sent);
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations")
                    {
                        Content = new StringContent(json, Encoding.UTF8, "application/json"),
                        Headers = { { "Idempotency-Key", key } },
                    };
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    InterlockedMax(ref slowestTicks, Stopwatch.GetElapsedTime(started).Ticks);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged[email] = JsonNode.Parse(text)!["registration"]!["id"]!.GetValue<string>();
                        break;
                    }
                    if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null &&
                        response.Content.Headers.ContentType?.MediaType == "application/problem+json")
                    {
                        Interlocked.Increment(ref unavailable);
                        await Task.Delay(200);
                        continue;
                    }
                    unexpected.Add(new Answer((int)response.StatusCode, text));
                    break;
                }
            }
        })).ToArray();

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await api.Database.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        using var probe = api.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await probe.GetAsync("/health/ready")).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await api.Database.StartAgainAsync();
        // The API finds the database again by itself.
        var recovered = Stopwatch.StartNew();
        while ((await probe.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(recovered.Elapsed < TimeSpan.FromSeconds(30), "The API did not recover within 30 s of the database's return.");
            await Task.Delay(200);
        }
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var stored = await api.WithDbAsync(db => db.Registrations.AsNoTracking()
            .Where(r => r.EventId == Guid.Parse(eventId)).Select(r => new { r.Id, r.EmailKey }).ToListAsync());
        var report = $"database outage: {sent} requests sent, {acknowledged.Count} 2xx, {unavailable} 503, {unexpected.Count(a => a.Status >= 500)} 5xx, " +
                     $"{unexpected.Count} other, {stored.Count} rows verified, slowest answer {TimeSpan.FromTicks(slowestTicks).TotalSeconds:0.0} s";
        output.WriteLine(report);
        await Artifacts.WriteReportAsync("database-outage", report);

        Assert.True(unexpected.IsEmpty,
            $"{report}\nunexpected answers:\n{string.Join("\n", unexpected.Select(a => $"{a.Status} {a.Body}"))}\n" +
            $"unhandled exceptions:\n{string.Join("\n\n", api.Log.Containing("Unhandled exception"))}");
        Assert.True(unavailable > 0, "The outage was never seen: no request got a 503.");
        // Acknowledged means stored, exactly once, and nothing is stored that was not acknowledged.
        Assert.Equal(stored.Count, stored.Select(r => r.EmailKey).Distinct().Count());
        Assert.Equal(acknowledged.Keys.Order(), stored.Select(r => r.EmailKey).Order());
        Assert.All(stored, r => Assert.Equal(acknowledged[r.EmailKey], r.Id.ToString()));
        // Bounded: no answer took longer than the request timeout and a little more.
        Assert.True(TimeSpan.FromTicks(slowestTicks) < TimeSpan.FromSeconds(OutageApiFactory.RequestTimeoutSeconds + 5), report);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current) return;
            current = seen;
        }
    }
}
