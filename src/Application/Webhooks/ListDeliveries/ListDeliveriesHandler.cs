using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.ListDeliveries;

public sealed class ListDeliveriesHandler(IAppDbContext db) : IQueryHandler<ListDeliveriesQuery, Result<Page<WebhookDeliveryResponse>>>
{
    public async ValueTask<Result<Page<WebhookDeliveryResponse>>> Handle(ListDeliveriesQuery query, CancellationToken cancellationToken)
    {
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == query.SubscriptionId, cancellationToken)) return WebhookErrors.NotFound;
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == query.SubscriptionId);
        if (EnumNames<WebhookDeliveryStatus>.TryParseList(query.Status, out var statuses) && statuses.Count > 0)
            deliveries = deliveries.Where(d => statuses.Contains(d.Status));
        Cursor.TryDecode(query.Cursor, ListDeliveriesQuery.Sort, out var cursor);
        return await Keyset.PageAsync(
            deliveries.OrderByIdDescendingAfter(d => d.Id, cursor?.Id).Select(WebhookDeliveryResponse.Projection).AsSplitQuery(), query.Limit,
            d => new Cursor(ListDeliveriesQuery.Sort, null, d.Id).Encode(), cancellationToken);
    }
}
