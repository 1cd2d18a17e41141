using System.Net;
using Scc.Api.Auth;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests.Security;

/// <summary>Staff and API keys are told their allowance and what is left of it (RateLimit-Policy, RateLimit); the public is not.</summary>
public sealed class RateLimitHeaderTests(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    [Fact]
    public async Task Staff_AreToldTheirPolicyAndWhatIsLeft_UpToThe429()
    {
        var editor = api.WithToken(TestTokens.For(Policies.EditorRole, subject: "rate-limit-headers-editor"));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++) answers.Add(await editor.GetAsync("/api/v1/events?limit=1"));

        Assert.All(answers, a => Assert.Equal("\"staff\";q=3;w=3600", Header(a, "RateLimit-Policy")));
        Assert.Equal(["\"staff\";r=2", "\"staff\";r=1", "\"staff\";r=0", "\"staff\";r=0"], answers.Select(a => Header(a, "RateLimit")));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.NotNull(answers[3].Headers.RetryAfter);
    }

    [Fact]
    public async Task ApiKeys_AreToldTheirOwnPolicy_AndTheAnonymousNone()
    {
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead]);
        var key = api.WithKey(secret);

        var first = await key.GetAsync("/api/v1/registrations?limit=1");
        var second = await key.GetAsync("/api/v1/registrations?limit=1");
        var anonymous = await api.Anonymous().GetAsync("/api/v1/events?limit=1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"api-key\";q=3;w=3600", Header(first, "RateLimit-Policy"));
        Assert.Equal(["\"api-key\";r=2", "\"api-key\";r=1"], new[] { first, second }.Select(a => Header(a, "RateLimit")));
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Null(Header(anonymous, "RateLimit-Policy"));
        Assert.Null(Header(anonymous, "RateLimit"));
    }
}
