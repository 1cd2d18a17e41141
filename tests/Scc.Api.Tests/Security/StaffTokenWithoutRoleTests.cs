using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Auth;
using Scc.Api.Tests.Contract;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;
using Xunit.Abstractions;

namespace Scc.Api.Tests.Security;

/// <summary>
/// A bearer token that authenticates but carries no staff role: whatever else it claims (OAuth scopes included),
/// it is refused with 403 on every operation outside the public surface. Scopes come from API keys only.
/// </summary>
public sealed class StaffTokenWithoutRoleTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    /// <summary>A valid token with no role: a person the identity provider knows, who is not staff.</summary>
    private static string NoRole() => TestTokens.Create(new Dictionary<string, object> { ["sub"] = "not-staff" }, DateTime.UtcNow.AddHours(1));

    /// <summary>A valid token with every scope an API key can have (and the role names as scopes), but no role.</summary>
    private static string ScopesOnly() => TestTokens.Create(new Dictionary<string, object>
    {
        ["sub"] = "integration-by-token",
        [ApiKeyAuthenticationHandler.ScopeClaim] = ApiKeyScopes.All.Append(Policies.EditorRole).Append(Policies.AdminRole).ToArray(),
    }, DateTime.UtcNow.AddHours(1));

    [Fact]
    public async Task A_bearer_token_with_registration_scopes_and_no_role_cannot_read_or_write_registrations()
    {
        var eventId = await api.OpenEventAsync("Scoped Token Seminar");
        await api.RegisterAsync(eventId, "scoped-token@example.org", name: "Chan Scope Token");
        var client = api.WithToken(ScopesOnly());

        var list = await client.GetAsync("/api/v1/registrations");
        var text = await list.Content.ReadAsStringAsync();
        Assert.DoesNotContain("scoped-token@example.org", text, StringComparison.Ordinal);
        await list.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");

        var bulk = new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject
            {
                ["externalReference"] = "crm-1",
                ["registrant"] = new JsonObject { ["name"] = "Wong Bulk", ["email"] = "bulk-by-token@example.org" },
                ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
            }),
        };
        await (await client.PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", bulk)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.False(await api.WithDbAsync(db => Task.FromResult(db.Registrations.Any(r => r.EmailKey == "bulk-by-token@example.org"))));
    }

    /// <summary>
    /// 403, never 401: the token is valid, so the caller is known and only lacks the right (401 would tell a client to
    /// fetch another token, which would be no better). Each operation must document its 403, and the contract says
    /// nothing else for such a caller, so any other answer (a 2xx above all, but also a 404 or 400 from a handler
    /// reached before authorization) fails the test.
    /// </summary>
    [Fact]
    public async Task Every_operation_outside_the_public_surface_answers_403_to_a_token_without_a_staff_role()
    {
        var document = ContractFiles.Read(ContractFiles.Committed);
        var operations = (from path in document["paths"]!.AsObject()
                          from operation in path.Value!.AsObject()
                          where operation.Key != "parameters"
                          let security = operation.Value!["security"]?.AsArray() ?? []
                          // The public surface: operations that accept an empty requirement (anonymous callers).
                          where security.Count > 0 && security.All(requirement => requirement!.AsObject().Count > 0)
                          select (Method: operation.Key.ToUpperInvariant(), Path: path.Key, Responses: operation.Value!["responses"]!.AsObject(),
                              Form: operation.Value!["requestBody"]?["content"]?["multipart/form-data"] is not null)).ToList();
        Assert.True(operations.Count > 50, $"Only {operations.Count} non-anonymous operations in the document.");

        var failures = operations.Where(o => !o.Responses.ContainsKey("403")).Select(o => $"{o.Method} {o.Path} does not document 403.").ToList();
        using var client = api.CreateClient();
        foreach (var (name, token) in new[] { ("no role", NoRole()), ("scopes only", ScopesOnly()) })
        {
            foreach (var (method, path, _, form) in operations)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path));
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                // A body of the right type, so that nothing before authorization has a reason to refuse the request.
                if (form) request.Content = new MultipartFormDataContent { { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]), "file", "empty.png" } };
                else if (method is "POST" or "PUT") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Forbidden)
                    failures.Add($"{method} {path} with a token with {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        output.WriteLine($"{operations.Count} operations, each called with two tokens.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The path with a value of the right form for each parameter (a UUID for ids, a word for slugs and tokens).</summary>
    private static string Fill(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, "{([^}]+)}", match =>
            match.Groups[1].Value is "slug" or "token" ? "no-such-thing" : Guid.NewGuid().ToString());
}
