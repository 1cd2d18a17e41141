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

    public static IReadOnlyList<string> All { get; } =
        [RegistrationCreated, RegistrationUpdated, RegistrationCancelled, EventPublished, EventUpdated, EventCancelled];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
