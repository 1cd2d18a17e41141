using System.Linq.Expressions;
using Scc.Application.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks;

/// <summary>One event on its way to one subscription, with every attempt so far.</summary>
/// <param name="Id">Sent as <c>Scc-Delivery-Id</c> with every attempt: the receiver's key for dropping repeats.</param>
/// <param name="EventId">The event's id, as in the body's <c>id</c>.</param>
/// <param name="QueuedAt">Start of the current series of attempts (reset by a redelivery).</param>
public sealed record WebhookDeliveryResponse(
    Guid Id, Guid SubscriptionId, Guid EventId, string EventType, WebhookDeliveryStatus Status, int AttemptCount,
    DateTimeOffset QueuedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset? DeadLetteredAt,
    IReadOnlyList<WebhookAttemptResponse> Attempts, uint Version) : IVersioned
{
    public static Expression<Func<WebhookDelivery, WebhookDeliveryResponse>> Projection { get; } = d => new WebhookDeliveryResponse(
        d.Id, d.SubscriptionId, d.EventId, d.EventType, d.Status, d.AttemptCount, d.QueuedAt, d.NextAttemptAt, d.DeliveredAt, d.DeadLetteredAt,
        d.Attempts.OrderBy(a => a.Number)
            .Select(a => new WebhookAttemptResponse(a.Number, a.AttemptedAt, a.DurationMs, a.StatusCode, a.Error)).ToList(),
        d.Version);
}
