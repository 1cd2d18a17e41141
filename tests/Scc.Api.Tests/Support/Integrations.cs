using System.Net;
using System.Text.Json.Nodes;

namespace Scc.Api.Tests.Support;

/// <summary>API keys and events open for registration, made through the API as an admin would.</summary>
public static class Integrations
{
    public const string Statement = "2023-07";

    /// <summary>Creates a key and returns its id and secret.</summary>
    public static async Task<(string Id, string Secret)> CreateKeyAsync(this ApiFactory api, string[] scopes, string? eventId = null, DateTimeOffset? expiresAt = null)
    {
        var body = new JsonObject { ["name"] = "Test key", ["scopes"] = new JsonArray(scopes.Select(s => (JsonNode?)s).ToArray()) };
        if (eventId is not null) body["eventId"] = eventId;
        if (expiresAt is not null) body["expiresAt"] = expiresAt.Value.ToString("O");
        var created = await (await api.As("admin").PostJsonAsync("/api/v1/api-keys", body)).AssertJsonAsync(HttpStatusCode.Created);
        return (created["key"]!["id"]!.GetValue<string>(), created["secret"]!.GetValue<string>());
    }

    public static HttpClient WithKey(this ApiFactory api, string secret)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return client;
    }

    /// <summary>A published event taking attendee and exhibitor registrations; returns its id.</summary>
    public static async Task<string> OpenEventAsync(this ApiFactory api, string title, int? capacity = 50, bool waitingList = true)
    {
        var editor = api.As("editor");
        var body = EventBodies.Seminar(title);
        body["title"] = new JsonObject { ["en"] = title, ["zh-Hant"] = "智慧城市研討會 " + title };
        body["registration"] = new JsonObject
        {
            ["mode"] = "internal", ["capacity"] = capacity, ["waitingList"] = waitingList, ["privacyStatementVersion"] = Statement,
            ["kinds"] = new JsonArray("attendee", "exhibitor"),
        };
        var id = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        return id;
    }

    /// <summary>Registers someone anonymously; returns the receipt (registration and manage token).</summary>
    public static async Task<JsonObject> RegisterAsync(this ApiFactory api, string eventId, string email, string name = "Chan Tai Man", string? company = null, string language = "en")
    {
        var body = new JsonObject
        {
            ["registrant"] = new JsonObject { ["name"] = name, ["email"] = email, ["company"] = company },
            ["consent"] = new JsonObject { ["statementVersion"] = Statement, ["language"] = language },
        };
        return await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body)).AssertJsonAsync(HttpStatusCode.Created);
    }
}
