using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Scc.Api.Auth;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;
using Xunit.Abstractions;

namespace Scc.Api.Tests.Security;

/// <summary>
/// Every endpoint the running app maps, called as every kind of caller; the expected status comes from the
/// endpoint's own authorization metadata, so a new endpoint is covered the moment it is mapped.
/// </summary>
public sealed class AuthorizationMatrixTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private enum Expect { Allowed, Unauthenticated, Forbidden, UnauthenticatedOrForbidden }

    private sealed record Caller(string Name, Func<HttpRequestMessage, HttpRequestMessage> Sign, Func<string?, Expect> Expected);

    [Fact]
    public void Every_endpoint_carries_an_explicit_policy_or_allow_anonymous()
    {
        var missing = ApiEndpoints().Where(e => !HasExplicitPolicy(e)).Select(Describe).ToList();
        Assert.True(missing.Count == 0, "Endpoints without AllowAnonymous or a named policy:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_explicit_policy_check_fails_for_an_endpoint_with_none()
    {
        RouteEndpoint Endpoint(params object[] metadata) =>
            new(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/v1/new-thing"), 0, new EndpointMetadataCollection(metadata), "new");

        Assert.False(HasExplicitPolicy(Endpoint()));
        Assert.False(HasExplicitPolicy(Endpoint(new AuthorizeAttribute())));
        Assert.True(HasExplicitPolicy(Endpoint(new AuthorizeAttribute(Policies.Staff))));
        Assert.True(HasExplicitPolicy(Endpoint(new AllowAnonymousAttribute())));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_its_policy_says()
    {
        // One key per scope, a key with every scope, and a revoked one.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var scope in ApiKeyScopes.All) keys[scope] = (await api.CreateKeyAsync([scope])).Secret;
        var allKey = await api.CreateKeyAsync([.. ApiKeyScopes.All]);
        var revokedKey = await api.CreateKeyAsync([.. ApiKeyScopes.All]);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").DeleteAsync($"/api/v1/api-keys/{revokedKey.Id}")).StatusCode);

        var editor = TestTokens.For(Policies.EditorRole);
        var admin = TestTokens.For(Policies.AdminRole);
        var expired = TestTokens.For(Policies.AdminRole, expired: true);
        var foreign = TestTokens.For(Policies.AdminRole, signingKey: System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        // The scope each policy accepts from a key; staff-only policies accept none.
        static string? ScopeOf(string? policy) => policy switch
        {
            Policies.RegistrationsRead => ApiKeyScopes.RegistrationsRead,
            Policies.RegistrationsWrite => ApiKeyScopes.RegistrationsWrite,
            Policies.ContentRead => ApiKeyScopes.ContentRead,
            Policies.ContentWrite => ApiKeyScopes.ContentWrite,
            Policies.ContentPublish or Policies.ContentDelete => ApiKeyScopes.ContentPublish,
            _ => null,
        };
        // A key with the policy's scope (every scope for staff-only endpoints, which never accept keys), and keys with
        // each other scope, each of which must be refused.
        string RightKey(string? policy) => ScopeOf(policy) is { } scope ? keys[scope] : allKey.Secret;
        IEnumerable<(string Scope, string Secret)> WrongKeys(string? policy) =>
            ApiKeyScopes.All.Where(scope => scope != ScopeOf(policy)).Order(StringComparer.Ordinal).Select(scope => (scope, keys[scope]));
        static bool AcceptsKeys(string? policy) => ScopeOf(policy) is not null;
        static bool AdminOnly(string? policy) => policy is Policies.Admin or Policies.ContentDelete;

        Caller[] callers =
        [
            new("anonymous", r => r, p => p is null ? Expect.Allowed : Expect.Unauthenticated),
            new("editor", r => Bearer(r, editor), p => AdminOnly(p) ? Expect.Forbidden : Expect.Allowed),
            new("admin", r => Bearer(r, admin), _ => Expect.Allowed),
            new("expired token", r => Bearer(r, expired), p => p is null ? Expect.Allowed : Expect.Unauthenticated),
            new("token signed with another key", r => Bearer(r, foreign), p => p is null ? Expect.Allowed : Expect.Unauthenticated),
            new("revoked key", r => Key(r, revokedKey.Secret), p => p is null ? Expect.Allowed : Expect.Unauthenticated),
        ];

        var endpoints = ApiEndpoints().ToList();
        Assert.True(endpoints.Count > 50, $"Only {endpoints.Count} endpoints found.");
        var failures = new List<string>();
        var calls = 0;
        using var client = api.CreateClient();
        foreach (var endpoint in endpoints)
        {
            var policy = PolicyOf(endpoint);
            var perEndpoint = callers.Append(
                new Caller("key with the scope", r => Key(r, RightKey(policy)),
                    p => p is null ? Expect.Allowed : AcceptsKeys(p) ? Expect.Allowed : Expect.UnauthenticatedOrForbidden))
                .Concat(WrongKeys(policy).Select(wrong => new Caller($"key with only {wrong.Scope}", r => Key(r, wrong.Secret),
                    p => p is null ? Expect.Allowed : AcceptsKeys(p) ? Expect.Forbidden : Expect.UnauthenticatedOrForbidden)));
            foreach (var caller in perEndpoint)
            {
                var expected = caller.Expected(policy);
                using var request = caller.Sign(RequestFor(endpoint));
                using var response = await client.SendAsync(request);
                calls++;
                var status = (int)response.StatusCode;
                var ok = expected switch
                {
                    Expect.Allowed => status is not (401 or 403) && status < 500,
                    Expect.Unauthenticated => status == 401,
                    Expect.Forbidden => status == 403,
                    _ => status is 401 or 403,
                };
                if (!ok) failures.Add($"{Describe(endpoint)} as {caller.Name}: expected {expected}, got {status}");
            }
        }
        output.WriteLine($"{endpoints.Count} endpoints, {calls} calls.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private IEnumerable<RouteEndpoint> ApiEndpoints() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null);

    /// <summary>An endpoint is explicit when it allows anonymous callers or names the policy it requires.</summary>
    private static bool HasExplicitPolicy(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null ||
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy));

    /// <summary>The most restrictive named policy, or null for a public endpoint.</summary>
    private static string? PolicyOf(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return null;
        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        Assert.True(policies.Count > 0, $"{Describe(endpoint)} has no named policy.");
        return policies.Contains(Policies.Admin) ? Policies.Admin : policies.Contains(Policies.Staff) ? Policies.Staff : policies[^1];
    }

    private static HttpRequestMessage RequestFor(RouteEndpoint endpoint)
    {
        var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods[0];
        var path = new StringBuilder();
        foreach (var segment in endpoint.RoutePattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { Name: "version" } => "1",
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") => "1",
                    _ => "no-such-thing",
                });
            }
        }
        var request = new HttpRequestMessage(new HttpMethod(method), path.ToString());
        // A body of the type the endpoint takes, so that routing does not refuse its type (415) before the credentials are looked at.
        if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true)
            request.Content = new MultipartFormDataContent { { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]), "file", "empty.png" } };
        else if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }

    private static HttpRequestMessage Bearer(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static HttpRequestMessage Key(HttpRequestMessage request, string secret)
    {
        request.Headers.Add(ApiKeyAuthenticationHandler.Header, secret);
        return request;
    }

    private static string Describe(Endpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {(endpoint as RouteEndpoint)?.RoutePattern.RawText}";
}
