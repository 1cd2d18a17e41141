namespace Scc.Domain.Webhooks;

/// <summary>The changes a webhook subscription can ask to be told about.</summary>
public static class WebhookEventTypes
{
    public const string RegistrationCreated = "registration.created";
    public const string RegistrationUpdated = "registration.updated";
    public const string RegistrationCancelled = "registration.cancelled";
    public const string EventPublished = "event.published";
    public const string EventUpdated = "event.updated";
    public const string EventCancelled = "event.cancelled";

    /// <summary>A test delivery an admin asks for; sent to that one subscription only, whatever types it asks for.</summary>
    public const string Ping = "webhook.ping";

    /// <summary>The types of change a subscription can ask for (a ping is not one).</summary>
    public static IReadOnlyList<string> All { get; } =
        [RegistrationCreated, RegistrationUpdated, RegistrationCancelled, EventPublished, EventUpdated, EventCancelled];

    /// <summary>Every type a delivery can carry: the changes, and the ping.</summary>
    public static IReadOnlyList<string> Delivered { get; } = [.. All, Ping];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
