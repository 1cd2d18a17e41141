using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests;

public sealed class ApiKeyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task CreateApiKey_ReturnsTheSecretOnceWithAVisiblePrefixAndStoresOnlyItsHash()
    {
        var response = await api.As("admin").PostJsonAsync("/api/v1/api-keys",
            new JsonObject { ["name"] = "CRM sync", ["scopes"] = new JsonArray("registrations:read") });

        var created = await response.AssertJsonAsync(HttpStatusCode.Created);
        var secret = created["secret"]!.GetValue<string>();
        var prefix = created["key"]!["prefix"]!.GetValue<string>();
        Assert.StartsWith("scc_", secret, StringComparison.Ordinal);
        Assert.StartsWith(prefix + "_", secret, StringComparison.Ordinal);
        Assert.Equal("staff-admin", created["key"]!["createdBy"]!.GetValue<string>());
        var id = created["key"]!["id"]!.GetValue<string>();
        Assert.Equal($"/api/v1/api-keys/{id}", response.Headers.Location!.OriginalString);

        // Later reads never show the secret again.
        var read = await (await api.As("admin").GetAsync($"/api/v1/api-keys/{id}")).Content.ReadAsStringAsync();
        var list = await (await api.As("admin").GetAsync("/api/v1/api-keys?limit=100")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, read, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[(prefix.Length + 1)..], list, StringComparison.Ordinal);
        Assert.Contains(prefix, list, StringComparison.Ordinal);
        var stored = await api.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == Guid.Parse(id)));
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)), stored.SecretHash);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("editor")]
    public async Task ApiKeyEndpoints_WhenNotAdmin_Return401Or403(string? role)
    {
        var client = role is null ? api.Anonymous() : api.As(role);
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead, ApiKeyScopes.RegistrationsWrite]);

        var create = await client.PostJsonAsync("/api/v1/api-keys", new JsonObject { ["name"] = "x", ["scopes"] = new JsonArray("registrations:read") });
        var list = await client.GetAsync("/api/v1/api-keys");
        // A key can never manage keys, whatever its scopes.
        var withKey = await api.WithKey(secret).GetAsync("/api/v1/api-keys");

        var expected = role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
        await create.AssertProblemAsync(expected);
        await list.AssertProblemAsync(expected);
        await withKey.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateApiKey_WhenScopeUnknownOrExpiryPastOrEventUnknown_Returns400AndWritesNothing()
    {
        var admin = api.As("admin");
        var before = await api.WithDbAsync(db => db.ApiKeys.CountAsync());

        var unknownScope = await admin.PostJsonAsync("/api/v1/api-keys", new JsonObject { ["name"] = "x", ["scopes"] = new JsonArray("registrations:delete") });
        var noScope = await admin.PostJsonAsync("/api/v1/api-keys", new JsonObject { ["name"] = "x", ["scopes"] = new JsonArray() });
        var past = await admin.PostJsonAsync("/api/v1/api-keys", new JsonObject
        {
            ["name"] = "x", ["scopes"] = new JsonArray("registrations:read"), ["expiresAt"] = DateTimeOffset.UtcNow.AddDays(-1).ToString("O"),
        });
        var unknownEvent = await admin.PostJsonAsync("/api/v1/api-keys", new JsonObject
        {
            ["name"] = "x", ["scopes"] = new JsonArray("registrations:read"), ["eventId"] = Guid.NewGuid().ToString(),
        });
        var massAssignment = await admin.PostJsonAsync("/api/v1/api-keys", new JsonObject
        {
            ["name"] = "x", ["scopes"] = new JsonArray("registrations:read"), ["prefix"] = "scc_000000000000",
        });

        Assert.Contains("scopes", (await unknownScope.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        Assert.Contains("scopes", (await noScope.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        Assert.Contains("expiresAt", (await past.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        Assert.Contains("eventId", (await unknownEvent.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        await massAssignment.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await api.WithDbAsync(db => db.ApiKeys.CountAsync()));
    }

    [Fact]
    public async Task ApiKey_WithScope_ReadsRegistrations_WithoutScopeGets403_RevokedExpiredOrForgedGet401()
    {
        var (readId, reader) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead]);
        var (_, writer) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsWrite]);
        var (expiringId, expiring) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead], expiresAt: DateTimeOffset.UtcNow.AddDays(1));

        Assert.Equal(HttpStatusCode.OK, (await api.WithKey(reader).GetAsync("/api/v1/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.WithKey(expiring).GetAsync("/api/v1/registrations")).StatusCode);
        await (await api.WithKey(writer).GetAsync("/api/v1/registrations")).AssertProblemAsync(HttpStatusCode.Forbidden);
        // Staff read too; the public does not.
        Assert.Equal(HttpStatusCode.OK, (await api.As("editor").GetAsync("/api/v1/registrations")).StatusCode);
        var anonymous = await api.Anonymous().GetAsync("/api/v1/registrations");
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized);
        // A key never opens staff-only endpoints (they take bearer tokens alone), and opens content writes only with a content scope.
        await (await api.WithKey(reader).GetAsync($"/api/v1/events/{Guid.NewGuid()}/registrations")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.WithKey(reader).PostJsonAsync("/api/v1/events", EventBodies.Seminar("Key Write"))).AssertProblemAsync(HttpStatusCode.Forbidden);

        // Same prefix, another secret: the hash differs.
        var forged = reader[..^4] + (reader[^4..] == "AAAA" ? "BBBB" : "AAAA");
        var forgedResponse = await api.WithKey(forged).GetAsync("/api/v1/registrations");
        await forgedResponse.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(forgedResponse.Headers.WwwAuthenticate, h => h.Scheme == "ApiKey");
        await (await api.WithKey("not-a-key").GetAsync("/api/v1/registrations")).AssertProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").DeleteAsync($"/api/v1/api-keys/{readId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").DeleteAsync($"/api/v1/api-keys/{readId}")).StatusCode);
        await (await api.WithKey(reader).GetAsync("/api/v1/registrations")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var revoked = await (await api.As("admin").GetAsync($"/api/v1/api-keys/{readId}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.NotNull(revoked["revokedAt"]);

        await api.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = {Guid.Parse(expiringId)}"));
        await (await api.WithKey(expiring).GetAsync("/api/v1/registrations")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.As("admin").DeleteAsync($"/api/v1/api-keys/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
