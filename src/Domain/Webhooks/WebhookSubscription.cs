using Scc.Domain.Common;

namespace Scc.Domain.Webhooks;

/// <summary>A receiver that wants to be told about some kinds of change, signed with a secret it shares with us.</summary>
public sealed class WebhookSubscription : Entity
{
    private WebhookSubscription(Guid id) : base(id) { }

    public Uri Url { get; private set; } = null!;

    /// <summary>Which events are sent: values of <see cref="WebhookEventTypes"/>.</summary>
    public IReadOnlyList<string> EventTypes { get; private set; } = [];

    /// <summary>
    /// The HMAC-SHA256 key for the signature, encrypted (ASP.NET Core Data Protection): only the outbox dispatcher
    /// decrypts it, to sign. The key itself is shown once, when it is generated or supplied.
    /// </summary>
    public string ProtectedSecret { get; private set; } = null!;

    /// <summary>The secret before the last rotation, encrypted: deliveries are signed with it too until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? ProtectedPreviousSecret { get; private set; }

    /// <summary>The end of the overlap after a rotation, when the previous secret stops signing; null before any rotation.</summary>
    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Only active subscriptions get deliveries; deliveries of an inactive one wait until it is active again.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Why the subscription was turned off by the dispatcher (410 Gone); null when an admin set the flag.</summary>
    public string? DisabledReason { get; private set; }

    public static WebhookSubscription Create(Guid id, Uri url, IEnumerable<string> eventTypes, string protectedSecret, string? description, bool isActive) => new(id)
    {
        Url = url,
        EventTypes = Normalize(eventTypes),
        ProtectedSecret = protectedSecret,
        Description = description,
        IsActive = isActive,
    };

    public void Update(Uri url, IEnumerable<string> eventTypes, string? description, bool isActive)
    {
        Url = url;
        EventTypes = Normalize(eventTypes);
        Description = description;
        if (isActive && !IsActive) DisabledReason = null;
        IsActive = isActive;
    }

    /// <summary>
    /// Replaces the secret; the one replaced keeps signing (beside the new one) until <paramref name="previousExpiresAt"/>,
    /// so that the receiver can switch without missing a delivery. A rotation during an overlap ends the older secret's at once.
    /// </summary>
    public void RotateSecret(string protectedSecret, DateTimeOffset previousExpiresAt)
    {
        ProtectedPreviousSecret = ProtectedSecret;
        PreviousSecretExpiresAt = previousExpiresAt;
        ProtectedSecret = protectedSecret;
    }

    /// <summary>The encrypted secrets a delivery is signed with at <paramref name="now"/>: the current one first, then the previous during its overlap.</summary>
    public IReadOnlyList<string> ProtectedSigningSecrets(DateTimeOffset now) =>
        ProtectedPreviousSecret is { } previous && PreviousSecretExpiresAt > now ? [ProtectedSecret, previous] : [ProtectedSecret];

    public bool Wants(string eventType) => IsActive && EventTypes.Contains(eventType, StringComparer.Ordinal);

    /// <summary>The receiver said it is gone for good (410): stop sending until an admin turns it back on.</summary>
    public void DisableAsGone()
    {
        IsActive = false;
        DisabledReason = "The receiver answered 410 Gone.";
    }

    private static List<string> Normalize(IEnumerable<string> eventTypes) =>
        [.. eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
