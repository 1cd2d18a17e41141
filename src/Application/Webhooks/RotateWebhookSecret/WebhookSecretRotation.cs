using System.Text.Json.Serialization;
using Scc.Application.Common;

namespace Scc.Application.Webhooks.RotateWebhookSecret;

/// <summary>The new signing secret, given this once, and when the previous one stops signing.</summary>
public sealed record WebhookSecretRotation(WebhookResponse Webhook, string Secret, DateTimeOffset PreviousSecretExpiresAt) : IVersioned
{
    [JsonIgnore]
    public uint Version => Webhook.Version;
}
