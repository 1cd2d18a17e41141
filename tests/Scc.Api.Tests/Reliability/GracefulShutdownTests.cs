using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using Scc.Infrastructure.Persistence;
using Xunit.Abstractions;

namespace Scc.Api.Tests.Reliability;

/// <summary>
/// The API as its own process, stopped with SIGTERM in the middle of a stream of registrations: it exits cleanly
/// within the configured time, every registration it acknowledged is stored, and no request got a 5xx.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    private const int ShutdownSeconds = 10;

    [Fact]
    public async Task Sigterm_DuringRegistrations_ExitsCleanlyAndKeepsEveryAcknowledgedRegistration()
    {
        Assert.True(OperatingSystem.IsLinux(), "SIGTERM is sent with kill(1)");
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "Scc.Api.dll"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["ConnectionStrings__Scc"] = connectionString,
                ["Shutdown__TimeoutSeconds"] = ShutdownSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Authentication__Schemes__Bearer__ValidIssuer"] = TestTokens.Issuer,
                ["Authentication__Schemes__Bearer__ValidAudiences__0"] = TestTokens.Audience,
                ["Authentication__Schemes__Bearer__SigningKeys__0__Issuer"] = TestTokens.Issuer,
                ["Authentication__Schemes__Bearer__SigningKeys__0__Value"] = Convert.ToBase64String(TestTokens.SigningKey),
                ["RateLimiting__Enabled"] = "false",
                ["DataProtection__Certificate__Path"] = TestCertificates.DataProtectionPath,
                ["DataProtection__Certificate__Password"] = TestCertificates.DataProtectionPassword,
            },
        };
        using var api = Process.Start(start)!;
        var log = new StringBuilder();
        api.OutputDataReceived += (_, line) => { lock (log) log.AppendLine(line.Data); };
        api.ErrorDataReceived += (_, line) => { lock (log) log.AppendLine(line.Data); };
        api.BeginOutputReadLine();
        api.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilLiveAsync(client);
            var eventId = await OpenEventAsync(client);

            var acknowledged = new ConcurrentBag<string>();
            var serverErrors = new ConcurrentBag<string>();
            var refused = 0;
            var stopping = false;
            var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var body = new JsonObject
                    {
                        ["registrant"] = new JsonObject { ["name"] = "Shutdown Writer", ["email"] = $"w{writer}.{i}@example.org" },
                        ["consent"] = new JsonObject { ["statementVersion"] = "2023-07", ["language"] = "en" },
                    };
                    try
                    {
                        using var response = await client.PostAsync($"/api/v1/events/{eventId}/registrations",
                            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
                        if (response.StatusCode == HttpStatusCode.Created) acknowledged.Add($"w{writer}.{i}@example.org");
                        else if ((int)response.StatusCode >= 500) serverErrors.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                    catch (HttpRequestException) when (Volatile.Read(ref stopping))
                    {
                        // The server no longer takes connections: the end of this writer's stream.
                        Interlocked.Increment(ref refused);
                        return;
                    }
                }
            })).ToArray();

            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Volatile.Write(ref stopping, true);
            var signalled = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", ["-TERM", api.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            var exited = api.WaitForExitAsync();
            Assert.True(await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(ShutdownSeconds + 10))) == exited,
                "The API did not exit within the shutdown time after SIGTERM.");
            await Task.WhenAll(writers);

            var stored = await StoredEmailsAsync(connectionString, eventId);
            var text = log.ToString();
            output.WriteLine($"SIGTERM: exit {api.ExitCode} after {signalled.Elapsed.TotalSeconds:0.0} s; {acknowledged.Count} acknowledged, {stored.Count} stored, " +
                             $"{serverErrors.Count} 5xx, {refused} writers refused afterwards");
            Assert.Equal(0, api.ExitCode);
            Assert.Empty(serverErrors);
            Assert.NotEmpty(acknowledged);
            Assert.Equal(acknowledged.Order(), stored.Order());
            Assert.Contains("Application is shutting down", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", text, StringComparison.Ordinal);
        }
        finally
        {
            if (!api.HasExited) api.Kill(entireProcessTree: true);
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task WaitUntilLiveAsync(HttpClient client)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The API did not start within 60 s.");
            await Task.Delay(200);
        }
    }

    private static async Task<string> OpenEventAsync(HttpClient client)
    {
        var body = EventBodies.Seminar("Shutdown Seminar");
        body["registration"] = new JsonObject { ["mode"] = "internal", ["capacity"] = 100_000 };
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("editor"));
        var id = (await (await client.SendAsync(create)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        using var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{id}/publish");
        publish.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("editor"));
        await (await client.SendAsync(publish)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    private static async Task<List<string>> StoredEmailsAsync(string connectionString, string eventId)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options;
        await using var db = new AppDbContext(options);
        return await db.Registrations.AsNoTracking().Where(r => r.EventId == Guid.Parse(eventId)).Select(r => r.EmailKey).ToListAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
