using System.Net;
using Microsoft.AspNetCore.Hosting;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>The limiter on, with small limits; the API trusts no proxy.</summary>
public class RateLimitedApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:Enabled", "true");
        builder.UseSetting("RateLimiting:RegistrationsPerIp:PermitLimit", "3");
        builder.UseSetting("RateLimiting:RegistrationsPerEvent:PermitLimit", "100");
        builder.UseSetting("RateLimiting:ManageTokenPerIp:PermitLimit", "3");
        builder.UseSetting("RateLimiting:ApiKey:PermitLimit", "3");
        builder.UseSetting("RateLimiting:Staff:PermitLimit", "3");
        builder.UseSetting("RateLimiting:AnonymousPerIp:PermitLimit", "5");
        // Long windows, so that no window ends during a test.
        foreach (var limit in new[] { "RegistrationsPerIp", "RegistrationsPerEvent", "ManageTokenPerIp", "ApiKey", "Staff", "AnonymousPerIp" })
            builder.UseSetting($"RateLimiting:{limit}:Window", "01:00:00");
    }
}

/// <summary>The limiter on, behind a reverse proxy on loopback that the API trusts.</summary>
public sealed class BehindProxyApiFactory : RateLimitedApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1");
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "::1/128");
        builder.UseSetting("RateLimiting:RegistrationsPerEvent:PermitLimit", "6");
    }
}

public sealed class RateLimitingTests(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task Registration_submits_are_limited_per_client_ip_which_a_spoofed_forwarded_for_does_not_change()
    {
        var eventId = await OpenEventAsync(api);
        // The API trusts no proxy here: X-Forwarded-For from the (loopback) peer is ignored.
        for (var i = 0; i < 3; i++)
            await (await Submit(api, eventId, $"ip{i}@example.org", forwardedFor: $"203.0.113.{i + 1}")).AssertJsonAsync(HttpStatusCode.Created);

        var refused = await Submit(api, eventId, "ip-too-many@example.org", forwardedFor: "203.0.113.99");
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Manage_token_look_ups_are_limited_per_client_ip()
    {
        var client = api.Anonymous();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/registrations/manage/guess{i}")).StatusCode);
        var refused = await client.GetAsync("/api/v1/registrations/manage/guess-more");
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(refused.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Api_keys_are_limited_per_key()
    {
        var (_, first) = await api.CreateKeyAsync(["registrations:read"]);
        var (_, second) = await api.CreateKeyAsync(["registrations:read"]);
        var firstClient = api.WithKey(first);
        for (var i = 0; i < 3; i++) await (await firstClient.GetAsync("/api/v1/registrations")).AssertJsonAsync(HttpStatusCode.OK);
        await (await firstClient.GetAsync("/api/v1/registrations")).AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        // Another key has its own allowance.
        await (await api.WithKey(second).GetAsync("/api/v1/registrations")).AssertJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Staff_are_limited_per_user()
    {
        var limited = api.WithToken(TestTokens.For("editor", subject: "staff-limited"));
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await limited.GetAsync("/api/v1/events")).StatusCode);
        await (await limited.GetAsync("/api/v1/events")).AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.Equal(HttpStatusCode.OK, (await api.WithToken(TestTokens.For("editor", subject: "staff-other")).GetAsync("/api/v1/events")).StatusCode);
    }

    /// <summary>An open event, made by staff with subjects of their own so that the staff limit is not touched.</summary>
    internal static async Task<string> OpenEventAsync(ApiFactory api)
    {
        var editor = api.WithToken(TestTokens.For("editor", subject: "staff-" + Guid.NewGuid()));
        var body = EventBodies.Seminar("Limited Seminar " + Guid.NewGuid().ToString("N")[..6]);
        body["registration"] = new System.Text.Json.Nodes.JsonObject
        {
            ["mode"] = "internal", ["capacity"] = 100, ["waitingList"] = true, ["privacyStatementVersion"] = Integrations.Statement,
            ["kinds"] = new System.Text.Json.Nodes.JsonArray("attendee"),
        };
        var id = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    internal static Task<HttpResponseMessage> Submit(ApiFactory api, string eventId, string email, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations")
        {
            Content = new StringContent(
                $$$"""{"registrant":{"name":"Chan Tai Man","email":"{{{email}}}"},"consent":{"statementVersion":"{{{Integrations.Statement}}}","language":"en"}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return api.Anonymous().SendAsync(request);
    }
}

public sealed class ForwardedHeadersTests(BehindProxyApiFactory api) : IClassFixture<BehindProxyApiFactory>
{
    [Fact]
    public async Task Behind_a_known_proxy_the_forwarded_client_ip_is_the_one_limited()
    {
        var eventId = await RateLimitingTests.OpenEventAsync(api);
        // Two clients behind the proxy, four submits each: each has its own allowance of three.
        for (var client = 1; client <= 2; client++)
        {
            for (var i = 0; i < 3; i++)
                await (await RateLimitingTests.Submit(api, eventId, $"c{client}-{i}@example.org", forwardedFor: $"198.51.100.{client}")).AssertJsonAsync(HttpStatusCode.Created);
            await (await RateLimitingTests.Submit(api, eventId, $"c{client}-more@example.org", forwardedFor: $"198.51.100.{client}"))
                .AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        }
    }

    [Fact]
    public async Task Registration_submits_are_limited_per_event_whatever_the_client()
    {
        var eventId = await RateLimitingTests.OpenEventAsync(api);
        for (var client = 1; client <= 6; client++)
            await (await RateLimitingTests.Submit(api, eventId, $"many{client}@example.org", forwardedFor: $"192.0.2.{client}")).AssertJsonAsync(HttpStatusCode.Created);
        await (await RateLimitingTests.Submit(api, eventId, "many-more@example.org", forwardedFor: "192.0.2.77"))
            .AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        // Another event is not affected.
        var other = await RateLimitingTests.OpenEventAsync(api);
        await (await RateLimitingTests.Submit(api, other, "elsewhere@example.org", forwardedFor: "192.0.2.78")).AssertJsonAsync(HttpStatusCode.Created);
    }
}
