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
