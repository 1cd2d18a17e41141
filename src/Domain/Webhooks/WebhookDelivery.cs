using Scc.Domain.Common;

namespace Scc.Domain.Webhooks;

/// <summary>
/// One event on its way to one subscription. Its id is sent with every attempt, so the receiver can drop
/// a repeat: delivery is at least once.
/// </summary>
public sealed class WebhookDelivery : Entity
{
    private WebhookDelivery(Guid id) : base(id) { }

    public Guid SubscriptionId { get; private set; }

    /// <summary>The event (its outbox message) being delivered.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = null!;

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Start of the current series of attempts: the delivery is dead-lettered once it is older than the maximum age.</summary>
    public DateTimeOffset QueuedAt { get; private set; }

    /// <summary>When the next attempt is due; null once delivered or dead-lettered.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public int AttemptCount { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? DeadLetteredAt { get; private set; }

    /// <summary>The attempts added since the delivery was loaded (all of them when read for a list).</summary>
    public IReadOnlyList<WebhookAttempt> Attempts { get; private set; } = new List<WebhookAttempt>();

    public static WebhookDelivery Queue(Guid id, Guid subscriptionId, Guid eventId, string eventType, DateTimeOffset now) => new(id)
    {
        SubscriptionId = subscriptionId,
        EventId = eventId,
        EventType = eventType,
        Status = WebhookDeliveryStatus.Pending,
        QueuedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>
    /// Records an attempt and decides what follows: delivered on 2xx; dead-lettered on 410 Gone or once the
    /// delivery has been failing for <paramref name="maxAge"/>; otherwise the next attempt after <paramref name="retryDelay"/>.
    /// </summary>
    public WebhookAttempt RecordAttempt(DateTimeOffset at, TimeSpan duration, int? statusCode, string? error,
        DateTimeOffset now, TimeSpan retryDelay, TimeSpan maxAge)
    {
        AttemptCount++;
        var attempt = WebhookAttempt.Create(Id, AttemptCount, at, duration, statusCode, error);
        ((List<WebhookAttempt>)Attempts).Add(attempt);
        if (attempt.Succeeded)
        {
            Status = WebhookDeliveryStatus.Delivered;
            DeliveredAt = now;
            NextAttemptAt = null;
        }
        else if (IsGone(statusCode) || now + retryDelay > QueuedAt + maxAge)
        {
            Status = WebhookDeliveryStatus.DeadLettered;
            DeadLetteredAt = now;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = now + retryDelay;
        }
        return attempt;
    }

    public static bool IsGone(int? statusCode) => statusCode == 410;

    /// <summary>An admin sends a dead-lettered delivery again: same id, a new series of attempts from now.</summary>
    public Result Redeliver(DateTimeOffset now)
    {
        if (Status != WebhookDeliveryStatus.DeadLettered) return WebhookErrors.NotDeadLettered(Status);
        Status = WebhookDeliveryStatus.Pending;
        QueuedAt = now;
        NextAttemptAt = now;
        DeadLetteredAt = null;
        return Result.Success();
    }
}
