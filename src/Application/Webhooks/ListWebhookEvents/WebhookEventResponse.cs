using System.Text.Json;

namespace Scc.Application.Webhooks.ListWebhookEvents;

/// <summary>A past event, as its deliveries carry it in their body.</summary>
public sealed record WebhookEventResponse(Guid Id, string Type, DateTimeOffset OccurredAt, JsonElement Data);
