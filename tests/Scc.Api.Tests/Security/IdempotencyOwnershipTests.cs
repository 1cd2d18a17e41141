using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Scc.Api.Auth;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests.Security;

/// <summary>The API behind a proxy on loopback that it trusts, so that a test can speak from any client address.</summary>
public sealed class ProxiedApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1");
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "::1/128");
    }
}

/// <summary>
/// An Idempotency-Key belongs to its caller: a staff user, an API key, or (anonymous) the client's network. The same
/// key and body from another caller is a request of its own, never a replay of someone else's answer (ADR 15).
/// </summary>
public sealed class IdempotencyOwnershipTests(ProxiedApiFactory api) : IClassFixture<ProxiedApiFactory>
{
    private static JsonObject Registration(string email) => new()
    {
        ["registrant"] = new JsonObject { ["name"] = "Lam Siu Fung", ["email"] = email },
        ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
    };

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string eventId, JsonObject body, string key, string? from = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        if (from is not null) request.Headers.Add("X-Forwarded-For", from);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task PostRegistration_SameKeyAndBodyFromAnotherStaffUser_IsANewSubmissionNotTheFirstAnswer()
    {
        var eventId = await api.OpenEventAsync("Idempotency Staff Seminar");
        var key = Guid.NewGuid().ToString();
        var body = Registration("idempotency.staff@example.org");
        var first = await (await SubmitAsync(api.WithToken(TestTokens.For(Policies.EditorRole, subject: "editor-one")), eventId, body, key))
            .AssertJsonAsync(HttpStatusCode.Created);

        var other = await SubmitAsync(api.WithToken(TestTokens.For(Policies.EditorRole, subject: "editor-two")), eventId, body, key);
        var again = await (await SubmitAsync(api.WithToken(TestTokens.For(Policies.EditorRole, subject: "editor-one")), eventId, body, key))
            .AssertJsonAsync(HttpStatusCode.Created);

        var text = await other.Content.ReadAsStringAsync();
        Assert.DoesNotContain(first["manageToken"]!.GetValue<string>(), text, StringComparison.Ordinal);
        await other.AssertProblemAsync(HttpStatusCode.Conflict, "already_registered");
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public async Task BulkUpsert_SameKeyAndBodyFromAnotherApiKey_IsProcessedForItNotReplayed()
    {
        var eventId = await api.OpenEventAsync("Idempotency Bulk Seminar");
        var key = Guid.NewGuid().ToString();
        var body = new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["externalReference"] = "IDEM-1",
                ["registrant"] = new JsonObject { ["name"] = "Bulk Owner", ["email"] = "idempotency.bulk@example.org" },
                ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
            }),
        };
        var scopes = new[] { ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsWrite };
        var one = api.WithKey((await api.CreateKeyAsync(scopes)).Secret);
        var two = api.WithKey((await api.CreateKeyAsync(scopes)).Secret);

        async Task<string> OutcomeAsync(HttpClient client)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations/bulk")
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", key);
            return (await (await client.SendAsync(request)).AssertJsonAsync(HttpStatusCode.OK))["items"]![0]!["outcome"]!.GetValue<string>();
        }

        Assert.Equal("created", await OutcomeAsync(one));
        Assert.Equal("unchanged", await OutcomeAsync(two));
        Assert.Equal("created", await OutcomeAsync(one));
    }

    [Fact]
    public async Task PostRegistration_AnonymousReplay_IsTheFirstAnswerFromTheSameNetworkOnly()
    {
        var eventId = await api.OpenEventAsync("Idempotency Anonymous Seminar");
        var key = Guid.NewGuid().ToString();
        var body = Registration("idempotency.anonymous@example.org");
        var anonymous = api.Anonymous();
        var first = await (await SubmitAsync(anonymous, eventId, body, key, from: "2001:db8:5:6::1")).AssertJsonAsync(HttpStatusCode.Created);
        var token = first["manageToken"]!.GetValue<string>();

        // The same device on another address of its /64 (IPv6 privacy addresses change): the first answer, token included.
        var retried = await (await SubmitAsync(anonymous, eventId, body, key, from: "2001:db8:5:6:a:b:c:d")).AssertJsonAsync(HttpStatusCode.Created);
        Assert.Equal(first.ToJsonString(), retried.ToJsonString());

        // Anyone else with the key and the body: a new submission of an address already registered, never the token.
        foreach (var stranger in new[] { "198.51.100.23", "2001:db8:5:7::1" })
        {
            var answer = await SubmitAsync(anonymous, eventId, body, key, from: stranger);
            Assert.DoesNotContain(token, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await answer.AssertProblemAsync(HttpStatusCode.Conflict, "already_registered");
        }
    }

    [Fact]
    public async Task PostRegistration_KeyUsedByStaff_IsNotReplayedToAnAnonymousCallerOnTheSameAddress()
    {
        var eventId = await api.OpenEventAsync("Idempotency Mixed Seminar");
        var key = Guid.NewGuid().ToString();
        var body = Registration("idempotency.mixed@example.org");
        var first = await (await SubmitAsync(api.As(Policies.EditorRole), eventId, body, key, from: "203.0.113.40")).AssertJsonAsync(HttpStatusCode.Created);

        var answer = await SubmitAsync(api.Anonymous(), eventId, body, key, from: "203.0.113.40");

        Assert.DoesNotContain(first["manageToken"]!.GetValue<string>(), await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await answer.AssertProblemAsync(HttpStatusCode.Conflict, "already_registered");
    }
}
