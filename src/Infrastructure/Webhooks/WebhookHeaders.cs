namespace Scc.Infrastructure.Webhooks;

/// <summary>
/// The headers of every webhook request: those of Standard Webhooks, and (deprecated, kept for the receivers of API
/// version 1 written before) the <c>Scc-*</c> ones.
/// </summary>
public static class WebhookHeaders
{
    /// <summary>The delivery's id: the same on every retry of it, so the receiver can drop repeats.</summary>
    public const string Id = "webhook-id";

    /// <summary>Unix seconds when the attempt was signed; receivers refuse old ones (replays).</summary>
    public const string StandardTimestamp = "webhook-timestamp";

    /// <summary>One <c>v1,{base64}</c> signature per secret in use, space-separated (two during a rotation's overlap).</summary>
    public const string StandardSignature = "webhook-signature";

    /// <summary>Deprecated: <see cref="Id"/>.</summary>
    public const string DeliveryId = "Scc-Delivery-Id";

    /// <summary>Deprecated: the body's <c>type</c>.</summary>
    public const string EventType = "Scc-Event-Type";

    /// <summary>Deprecated: <see cref="StandardTimestamp"/>.</summary>
    public const string Timestamp = "Scc-Timestamp";

    /// <summary>Deprecated: <see cref="WebhookSignature"/>, with the current secret only.</summary>
    public const string Signature = "Scc-Signature";

    /// <summary>
    /// When the <c>Scc-*</c> headers were deprecated: the day the Standard Webhooks headers were added beside them. Every
    /// request that carries them says so with <see cref="DeprecationHeaders"/>.
    /// </summary>
    public static readonly DateTimeOffset SccHeadersDeprecatedAt = new(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The earliest day they may stop being sent: twelve months after the deprecation, the least that
    /// docs/versioning.md promises. A test fails once it has passed, as the reminder to remove them.
    /// </summary>
    public static readonly DateTimeOffset SccHeadersSunsetAt = SccHeadersDeprecatedAt.AddMonths(12);
}
