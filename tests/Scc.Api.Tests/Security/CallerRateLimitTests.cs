using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>
/// Who a limit counts against: an API key only once it has authenticated, a staff user whatever else the request
/// carries, anyone else by client address (IPv6 by its /64 network), and anonymous reads only when they reach the
/// database. Each test calls from addresses of its own (behind the trusted proxy), so that the tests share no allowance.
/// </summary>
public sealed class CallerRateLimitTests(BehindProxyApiFactory api) : IClassFixture<BehindProxyApiFactory>
{
    // RateLimitedApiFactory: 3 per key, 3 per staff user, 3 manage-token look-ups and 5 anonymous reads per client, 3 submits per client.
    private const int AnonymousLimit = 5;

    [Fact]
    public async Task A_wrong_secret_with_another_keys_prefix_counts_against_the_senders_address_and_not_against_that_key()
    {
        var (_, victim) = await CreateKeyAsync(["registrations:read"]);
        // The victim's public prefix with a secret that is not the victim's.
        var forged = victim[..17] + new string('A', victim.Length - 17);
        for (var i = 0; i < AnonymousLimit; i++)
            await (await Send(HttpMethod.Get, "/api/v1/registrations", "203.0.113.10", key: forged)).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");

        await (await Send(HttpMethod.Get, "/api/v1/registrations", "203.0.113.11", key: victim)).AssertJsonAsync(HttpStatusCode.OK);
        // The forger has used up the anonymous allowance of their own address.
        await (await Send(HttpMethod.Get, "/api/v1/registrations", "203.0.113.10", key: forged)).AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        // Which leaves the key's own allowance, and anyone else's, untouched.
        await (await Send(HttpMethod.Get, "/api/v1/registrations", "203.0.113.10", key: victim)).AssertJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_staff_user_cannot_leave_their_own_limit_by_adding_an_api_key_header()
    {
        var (_, own) = await CreateKeyAsync(["registrations:read"]);
        var token = TestTokens.For("editor", subject: "staff-headers-" + Guid.NewGuid());
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/api/v1/registrations", "203.0.113.20", token: token)).StatusCode);

        var madeUp = "scc_0123456789ab_" + new string('B', 43);
        foreach (var key in new[] { madeUp, own })
            await (await Send(HttpMethod.Get, "/api/v1/registrations", "203.0.113.21", token: token, key: key)).AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Theory]
    [InlineData("/api/v1/search?q=smart", "198.51.100.31", "198.51.100.131")]
    [InlineData("/api/v1/organisations", "198.51.100.32", "198.51.100.132")]
    [InlineData("/api/v1/digests", "198.51.100.33", "198.51.100.133")]
    [InlineData("/embed/v1/events", "198.51.100.34", "198.51.100.134")]
    [InlineData("/api/v1/events/by-slug/no-such-event", "198.51.100.35", "198.51.100.135")]
    public async Task Anonymous_reads_that_reach_the_database_are_limited_per_client_address(string path, string client, string otherClient)
    {
        for (var i = 0; i < AnonymousLimit; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Send(HttpMethod.Get, path, client)).StatusCode);
        var refused = await Send(HttpMethod.Get, path, client);
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        // HEAD is a read too; another client has its own allowance.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(HttpMethod.Head, path, client)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Send(HttpMethod.Get, path, otherClient)).StatusCode);
    }

    [Fact]
    public async Task Answers_from_the_output_cache_are_not_limited()
    {
        // The first of each fills the cache (and counts); every later one is answered from it.
        foreach (var path in new[] { "/api/v1/feeds/events", "/api/v1/feeds/events.ics", "/api/v1/events?when=all" })
            for (var i = 0; i < AnonymousLimit * 3; i++)
                Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, path, "198.51.100.40")).StatusCode);
    }

    [Fact]
    public async Task Staff_and_api_keys_are_not_held_to_the_anonymous_limit_of_their_address()
    {
        var (_, key) = await CreateKeyAsync(["registrations:read"]);
        for (var i = 0; i < AnonymousLimit; i++) await Send(HttpMethod.Get, "/api/v1/search?q=busy", "198.51.100.50");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(HttpMethod.Get, "/api/v1/search?q=busy", "198.51.100.50")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/api/v1/search?q=busy", "198.51.100.50", key: key)).StatusCode);
        var token = TestTokens.For("editor", subject: "staff-same-address-" + Guid.NewGuid());
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/api/v1/search?q=busy", "198.51.100.50", token: token)).StatusCode);
    }

    [Fact]
    public async Task Per_address_limits_group_ipv6_addresses_by_their_64_bit_network()
    {
        // Anonymous reads: five addresses of one /64 share one allowance.
        for (var i = 1; i <= AnonymousLimit; i++)
            Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/api/v1/search?q=v6", $"2001:db8:1:2::{i:x}")).StatusCode);
        await (await Send(HttpMethod.Get, "/api/v1/search?q=v6", "2001:db8:1:2:ffff:ffff:ffff:ffff")).AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, "/api/v1/search?q=v6", "2001:db8:1:3::1")).StatusCode);

        // Registration submits (3 per client) and manage-token look-ups (3 per client) likewise.
        var eventId = await RateLimitingTests.OpenEventAsync(api);
        for (var i = 1; i <= 3; i++)
            await (await RateLimitingTests.Submit(api, eventId, $"v6-{i}@example.org", forwardedFor: $"2001:db8:5:6::{i}")).AssertJsonAsync(HttpStatusCode.Created);
        await (await RateLimitingTests.Submit(api, eventId, "v6-more@example.org", forwardedFor: "2001:db8:5:6:abcd::9"))
            .AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        for (var i = 1; i <= 3; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, $"/api/v1/registrations/manage/guess{i}", $"2001:db8:7:8::{i}")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(HttpMethod.Get, "/api/v1/registrations/manage/guess4", "2001:db8:7:8::4")).StatusCode);
    }

    [Fact]
    public async Task Manage_token_look_ups_by_header_share_the_per_client_limit_of_the_path()
    {
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, $"/api/v1/registrations/manage/guess{i}", "203.0.113.60")).StatusCode);
        var byHeader = new HttpRequestMessage(HttpMethod.Get, "/api/v1/registrations/manage");
        byHeader.Headers.Add("X-Forwarded-For", "203.0.113.60");
        byHeader.Headers.Add("X-Manage-Token", "guess-by-header");
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().SendAsync(byHeader)).StatusCode);

        var again = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/registrations/manage");
        again.Headers.Add("X-Forwarded-For", "203.0.113.60");
        again.Headers.Add("X-Manage-Token", "guess-by-header");
        await (await api.CreateClient().SendAsync(again)).AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string client, string? token = null, string? key = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", client);
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return api.CreateClient().SendAsync(request);
    }

    /// <summary>A key made by an admin of their own, so that the staff limit of the usual test admin is not touched.</summary>
    private async Task<(string Id, string Secret)> CreateKeyAsync(string[] scopes)
    {
        var admin = api.WithToken(TestTokens.For("admin", subject: "key-maker-" + Guid.NewGuid()));
        var body = new JsonObject { ["name"] = "Limit test key", ["scopes"] = new JsonArray(scopes.Select(s => (JsonNode?)s).ToArray()) };
        var created = await (await admin.PostJsonAsync("/api/v1/api-keys", body)).AssertJsonAsync(HttpStatusCode.Created);
        return (created["key"]!["id"]!.GetValue<string>(), created["secret"]!.GetValue<string>());
    }
}
