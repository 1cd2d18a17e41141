using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.ListDeliveries;

/// <summary>A subscription's deliveries, newest first, optionally of some statuses.</summary>
public sealed record ListDeliveriesQuery(Guid SubscriptionId, string? Status, string? Cursor, int? Limit) : IQuery<Result<Page<WebhookDeliveryResponse>>>
{
    public const string Sort = "-created";
}
