namespace Scc.Infrastructure.Webhooks;

/// <summary>The headers of every webhook request.</summary>
public static class WebhookHeaders
{
    /// <summary>The delivery's id: the same on every retry of it, so the receiver can drop repeats.</summary>
    public const string DeliveryId = "Scc-Delivery-Id";

    public const string EventType = "Scc-Event-Type";

    /// <summary>Unix seconds when the attempt was signed; receivers should refuse old ones (replays).</summary>
    public const string Timestamp = "Scc-Timestamp";

    public const string Signature = "Scc-Signature";
}
