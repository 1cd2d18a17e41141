using System.Text.Json.Serialization;
using Scc.Application.Common;

namespace Scc.Application.Webhooks.CreateWebhook;

/// <summary>The new subscription and its signing secret, given this once: keep it where the receiver can use it.</summary>
public sealed record WebhookSecretReceipt(WebhookResponse Webhook, string Secret) : IVersioned
{
    [JsonIgnore]
    public uint Version => Webhook.Version;
}
