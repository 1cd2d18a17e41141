using System.Net;
using System.Text.Json.Nodes;

namespace Scc.Api.Tests.Support;

/// <summary>Events, registrations and subscriptions made through the API, for the webhook and email tests.</summary>
public static class WebhookRows
{
    public const string Statement = "2023-07";

    /// <summary>A published event open for registration (no capacity unless given); returns its id.</summary>
    public static async Task<string> OpenEventAsync(this ApiFactory api, string title, int? capacity = null, bool waitingList = true)
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

    /// <summary>Registers; returns the receipt (registration and manage token).</summary>
    public static async Task<JsonObject> RegisterAsync(this ApiFactory api, string eventId, string email, string name = "Chan Tai Man", string language = "en")
    {
        var body = new JsonObject
        {
            ["registrant"] = new JsonObject { ["name"] = name, ["email"] = email },
            ["consent"] = new JsonObject { ["statementVersion"] = Statement, ["language"] = language },
        };
        return await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body)).AssertJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>Subscribes <paramref name="url"/> as an admin; returns the receipt (webhook and secret).</summary>
    public static async Task<JsonObject> SubscribeAsync(this ApiFactory api, string url, string[] eventTypes, string? secret = null)
    {
        var body = new JsonObject { ["url"] = url, ["eventTypes"] = new JsonArray(eventTypes.Select(t => (JsonNode?)t).ToArray()) };
        if (secret is not null) body["secret"] = secret;
        return await (await api.As("admin").PostJsonAsync("/api/v1/webhooks", body)).AssertJsonAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonArray> DeliveriesAsync(this ApiFactory api, string webhookId, string? status = null)
    {
        var url = $"/api/v1/webhooks/{webhookId}/deliveries?limit=100" + (status is null ? "" : "&status=" + status);
        return (await (await api.As("admin").GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
    }
}
