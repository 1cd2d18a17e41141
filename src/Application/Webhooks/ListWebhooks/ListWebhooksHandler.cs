using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.ListWebhooks;

public sealed class ListWebhooksHandler(IAppDbContext db) : IQueryHandler<ListWebhooksQuery, Result<Page<WebhookResponse>>>
{
    public async ValueTask<Result<Page<WebhookResponse>>> Handle(ListWebhooksQuery query, CancellationToken cancellationToken)
    {
        var subscriptions = db.WebhookSubscriptions.AsNoTracking();
        Cursor.TryDecode(query.Cursor, ListWebhooksQuery.Sort, out var cursor);
        // Version 7 ids: their order is the order of creation.
        if (cursor is { Id: var after }) subscriptions = subscriptions.Where(s => s.Id.CompareTo(after) > 0);
        var limit = query.Limit ?? PageLimits.Default;
        var rows = await subscriptions.OrderBy(s => s.Id).Take(limit + 1).Select(WebhookResponse.Projection).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new Cursor(ListWebhooksQuery.Sort, null, rows[limit - 1].Id).Encode() : null;
        if (rows.Count > limit) rows.RemoveAt(limit);
        return new Page<WebhookResponse>(rows, next);
    }
}
