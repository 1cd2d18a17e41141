using System.Linq.Expressions;
using Scc.Application.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks;

/// <summary>A webhook subscription as admins see it; the secret is never shown again after creation.</summary>
/// <param name="EventTypes">registration.created, registration.updated, registration.cancelled, event.published, event.updated, event.cancelled.</param>
/// <param name="DisabledReason">Why the dispatcher turned it off (the receiver answered 410 Gone); null otherwise.</param>
/// <param name="PreviousSecretExpiresAt">After a secret rotation, when the previous secret stops signing deliveries (it may be past); null before any rotation.</param>
public sealed record WebhookResponse(
    Guid Id, Uri Url, IReadOnlyList<string> EventTypes, string? Description, bool Active, string? DisabledReason,
    DateTimeOffset? PreviousSecretExpiresAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, uint Version) : IVersioned
{
    public static Expression<Func<WebhookSubscription, WebhookResponse>> Projection { get; } = s =>
        new WebhookResponse(s.Id, s.Url, s.EventTypes, s.Description, s.IsActive, s.DisabledReason, s.PreviousSecretExpiresAt, s.CreatedAt, s.UpdatedAt, s.Version);
}
