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
        if (cursor is { Id: var before }) deliveries = deliveries.Where(d => d.Id.CompareTo(before) < 0);
        var limit = query.Limit ?? PageLimits.Default;
        var rows = await deliveries.OrderByDescending(d => d.Id).Take(limit + 1).Select(WebhookDeliveryResponse.Projection)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new Cursor(ListDeliveriesQuery.Sort, null, rows[limit - 1].Id).Encode() : null;
        if (rows.Count > limit) rows.RemoveAt(limit);
        return new Page<WebhookDeliveryResponse>(rows, next);
    }
}
