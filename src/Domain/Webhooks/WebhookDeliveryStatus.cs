namespace Scc.Domain.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>No attempt succeeded within the maximum age, or the receiver answered 410 Gone; an admin may redeliver it.</summary>
    DeadLettered,
}
