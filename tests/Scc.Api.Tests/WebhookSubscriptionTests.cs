using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scc.Api.Tests.Support;
using Scc.Application.Webhooks;
using Scc.Domain.Webhooks;
using Scc.Infrastructure.Outbox;

namespace Scc.Api.Tests;

/// <summary>Subscriptions as admins manage them, and the SSRF rules, with loopback not allowed (as in Production).</summary>
public sealed class WebhookSubscriptionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static JsonObject Body(string url) => new() { ["url"] = url, ["eventTypes"] = new JsonArray("registration.created") };

    [Theory]
    [InlineData("https://127.0.0.1/hooks")]
    [InlineData("https://127.8.9.10:8443/hooks")]
    [InlineData("https://localhost/hooks")]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://172.20.0.5/hooks")]
    [InlineData("https://192.168.1.10/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://0.0.0.0/hooks")]
    [InlineData("https://224.0.0.1/hooks")]
    [InlineData("https://[::1]/hooks")]
    [InlineData("https://[fe80::1]/hooks")]
    [InlineData("https://[fd00::1]/hooks")]
    [InlineData("https://[::ffff:10.0.0.1]/hooks")]
    [InlineData("http://crm.example.org/hooks")]
    public async Task PostWebhook_WhenUrlIsNotPublicHttps_Returns422AndWritesNothing(string url)
    {
        var response = await api.As("admin").PostJsonAsync("/api/v1/webhooks", Body(url));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "webhook_url_forbidden");
        Assert.Equal(["url"], problem.ErrorKeys());
        Assert.False(await api.WithDbAsync(db => db.WebhookSubscriptions.AnyAsync(s => s.Url == new Uri(url))));
    }

    /// <summary>
    /// Special-use ranges past the private ones, and the IPv6 forms that carry an IPv4 address inside (NAT64,
    /// 6to4, Teredo, IPv4-compatible, IPv4-translated, IPv4-mapped): each reaches, or may reach, an address
    /// that no receiver should be at, the cloud metadata address among them.
    /// </summary>
    private static readonly string[] SpecialUseHostList =
    [
        "[64:ff9b::a9fe:a9fe]",                   // NAT64 (well-known prefix) of 169.254.169.254
        "[64:ff9b:1::a9fe:a9fe]",                 // NAT64, local-use prefix
        "[::a9fe:a9fe]",                          // IPv4-compatible 169.254.169.254
        "[::127.0.0.1]",                          // IPv4-compatible loopback
        "[::ffff:0:a9fe:a9fe]",                   // IPv4-translated (SIIT) 169.254.169.254
        "[::ffff:198.18.0.1]",                    // IPv4-mapped benchmarking address
        "[2002:a9fe:a9fe::1]",                    // 6to4 of 169.254.169.254
        "[2001:0:4136:e378:8000:63bf:3fff:fdd2]", // Teredo
        "198.18.0.1",                             // benchmarking, 198.18.0.0/15
        "198.19.255.254",
        "192.0.0.170",                            // IETF protocol assignments, 192.0.0.0/24
        "192.0.2.10",                             // documentation (TEST-NET-1, -2, -3)
        "198.51.100.10",
        "203.0.113.10",
        "[2001:db8::1]",                          // documentation, IPv6
        "[3fff::1]",
        "240.0.0.1",                              // reserved, 240.0.0.0/4
        "255.255.255.255",                        // broadcast
    ];

    public static TheoryData<string> SpecialUseHosts => new(SpecialUseHostList);

    [Theory]
    [MemberData(nameof(SpecialUseHosts))]
    public async Task PostWebhook_WhenUrlIsASpecialUseOrIPv4EmbeddingAddress_Returns422AndWritesNothing(string host)
    {
        var url = $"https://{host}/hooks";

        var response = await api.As("admin").PostJsonAsync("/api/v1/webhooks", Body(url));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "webhook_url_forbidden");
        Assert.Equal(["url"], problem.ErrorKeys());
        Assert.False(await api.WithDbAsync(db => db.WebhookSubscriptions.AnyAsync(s => s.Url == new Uri(url))));
    }

    [Fact]
    public async Task Dispatch_WhenStoredUrlsAreSpecialUseOrIPv4EmbeddingAddresses_RefusesToConnectAndRecordsWhy()
    {
        // As if these had been accepted before the rules were tightened: the rows are written directly. Earlier
        // tests' subscriptions are turned off, so that this dispatch tries these rows only.
        await api.WithDbAsync(db => db.WebhookSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(w => w.IsActive, false)));
        var secret = api.Services.GetRequiredService<IWebhookSecretProtector>().Protect("a-secret-of-twenty-four-chars");
        var subscriptions = SpecialUseHostList.ToDictionary(host => host, host => WebhookSubscription.Create(
            Guid.CreateVersion7(), new Uri($"https://{host}/hooks"), ["event.published"], secret, null, isActive: true));
        await api.WithDbAsync(async db => { db.WebhookSubscriptions.AddRange(subscriptions.Values); return await db.SaveChangesAsync(); });
        await api.OpenEventAsync("Special-use Addresses Seminar");

        var dispatcher = api.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var notRefused = new List<string>();
        foreach (var (host, subscription) in subscriptions)
        {
            var attempt = (await api.DeliveriesAsync(subscription.Id.ToString())).Single()!["attempts"]!.AsArray().First()!;
            var error = attempt["error"]?.GetValue<string>() ?? "";
            if (attempt["statusCode"] is not null || !error.Contains("public addresses", StringComparison.Ordinal)) notRefused.Add($"{host}: {error}");
        }
        Assert.True(notRefused.Count == 0, "Not refused before connecting:\n" + string.Join("\n", notRefused));
    }

    [Fact]
    public async Task PutWebhook_WhenUrlTurnsToLoopback_Returns422AndKeepsTheOldUrl()
    {
        var created = await api.SubscribeAsync("https://crm.example.org/hooks/put", ["event.published"]);
        var id = created["webhook"]!["id"]!.GetValue<string>();

        var response = await api.As("admin").PutJsonAsync($"/api/v1/webhooks/{id}",
            new JsonObject { ["url"] = "https://localhost:9000/x", ["eventTypes"] = new JsonArray("event.published"), ["active"] = true });

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "webhook_url_forbidden");
        var read = await (await api.As("admin").GetAsync($"/api/v1/webhooks/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("https://crm.example.org/hooks/put", read["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostWebhook_WithoutSecret_GeneratesOneShownOnlyInTheAnswer()
    {
        var response = await api.As("admin").PostJsonAsync("/api/v1/webhooks", Body("https://crm.example.org/hooks/generated"));

        var receipt = await response.AssertJsonAsync(HttpStatusCode.Created);
        var secret = receipt["secret"]!.GetValue<string>();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        // The Standard Webhooks form: the base64 (not base64url) of a 32-byte key.
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var id = receipt["webhook"]!["id"]!.GetValue<string>();
        Assert.Equal($"/api/v1/webhooks/{id}", response.Headers.Location!.OriginalString);
        var read = await (await api.As("admin").GetAsync($"/api/v1/webhooks/{id}")).Content.ReadAsStringAsync();
        var list = await (await api.As("admin").GetAsync("/api/v1/webhooks?limit=100")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, read, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Null(System.Text.Json.Nodes.JsonNode.Parse(read)!["secret"]);
    }

    [Fact]
    public async Task PostWebhook_WithSuppliedSecret_KeepsIt()
    {
        const string supplied = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        var receipt = await api.SubscribeAsync("https://crm.example.org/hooks/supplied", ["event.published", "event.updated"], supplied);

        Assert.Equal(supplied, receipt["secret"]!.GetValue<string>());
        Assert.Equal(["event.published", "event.updated"], receipt["webhook"]!["eventTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.True(receipt["webhook"]!["active"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"url": "https://crm.example.org/h", "eventTypes": []}""", "eventTypes")]
    [InlineData("""{"url": "https://crm.example.org/h", "eventTypes": ["registration.deleted"]}""", "eventTypes")]
    [InlineData("""{"url": "/relative", "eventTypes": ["event.published"]}""", "url")]
    [InlineData("""{"url": "https://crm.example.org/h", "eventTypes": ["event.published"], "secret": "short"}""", "secret")]
    [InlineData("""{"url": "https://crm.example.org/h", "eventTypes": ["event.published"], "secret": "a-secret-the-crm-already-has-0123"}""", "secret")]
    [InlineData("""{"url": "https://crm.example.org/h", "eventTypes": ["event.published"], "secret": "whsec_c2hvcnQ="}""", "secret")]
    [InlineData("""{"url": "https://crm.example.org/h", "eventTypes": ["event.published"], "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw-_"}""", "secret")]
    [InlineData("""{"url": "https://crm.example.org/h", "eventTypes": ["event.published"], "id": "0196d3b1-0000-7000-8000-000000000000"}""", "id")]
    public async Task PostWebhook_WithBadInput_Returns400NamingTheField(string json, string field)
    {
        var response = await api.As("admin").PostAsync("/api/v1/webhooks", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.ErrorKeys());
    }

    [Fact]
    public async Task Webhooks_AreForAdminsOnly()
    {
        var body = Body("https://crm.example.org/hooks/forbidden");

        await (await api.Anonymous().GetAsync("/api/v1/webhooks")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.As("editor").GetAsync("/api/v1/webhooks")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As("editor").PostJsonAsync("/api/v1/webhooks", body)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As("editor").GetAsync("/api/v1/webhooks/events")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Dispatch_WhenAStoredUrlNowResolvesToLoopback_RefusesToConnectAndRecordsWhy()
    {
        // As if the name had pointed elsewhere when subscribed (DNS rebinding): the row is written directly.
        await using var receiver = await WebhookReceiver.StartAsync();
        var url = receiver.Answer("/rebound", _ => 200).Replace("http://127.0.0.1", "https://localhost", StringComparison.Ordinal);
        var secret = api.Services.GetRequiredService<IWebhookSecretProtector>().Protect("a-secret-of-twenty-four-chars");
        var subscription = WebhookSubscription.Create(Guid.CreateVersion7(), new Uri(url), ["event.published"], secret, null, isActive: true);
        await api.WithDbAsync(async db => { db.WebhookSubscriptions.Add(subscription); return await db.SaveChangesAsync(); });
        await api.OpenEventAsync("Rebinding Seminar");

        var dispatcher = api.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Empty(receiver.Received);
        var delivery = (await api.DeliveriesAsync(subscription.Id.ToString())).Single()!;
        var attempt = delivery["attempts"]!.AsArray().First()!;
        Assert.Null(attempt["statusCode"]);
        Assert.Contains("127.0.0.1", attempt["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("public addresses", attempt["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteWebhook_RemovesItThen404()
    {
        var id = (await api.SubscribeAsync("https://crm.example.org/hooks/delete", ["event.published"]))["webhook"]!["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        await (await api.As("admin").GetAsync($"/api/v1/webhooks/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await api.As("admin").DeleteAsync($"/api/v1/webhooks/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
