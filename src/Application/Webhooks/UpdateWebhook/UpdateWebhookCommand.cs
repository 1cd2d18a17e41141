using System.Text.Json.Serialization;
using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.UpdateWebhook;

/// <summary>Changes a subscription; the secret stays as it is. Turning it active again clears a 410 Gone.</summary>
/// <param name="EventTypes">registration.created, registration.updated, registration.cancelled, event.published, event.updated, event.cancelled.</param>
public sealed record UpdateWebhookCommand(Uri Url, IReadOnlyList<string> EventTypes, bool Active, string? Description = null)
    : ICommand<Result<WebhookResponse>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The version the client last read (from If-Match); null when the client sent none.</summary>
    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}
