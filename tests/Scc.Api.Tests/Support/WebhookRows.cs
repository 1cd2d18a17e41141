using System.Net;
using System.Text.Json.Nodes;

namespace Scc.Api.Tests.Support;

/// <summary>Events, registrations and subscriptions made through the API, for the webhook and email tests.</summary>
public static class WebhookRows
{
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
