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
        Cursor.TryDecode(query.Cursor, ListWebhooksQuery.Sort, out var cursor);
        // Version 7 ids: their order is the order of creation.
        var subscriptions = db.WebhookSubscriptions.AsNoTracking().OrderByIdAfter(s => s.Id, cursor?.Id).Select(WebhookResponse.Projection);
        return await Keyset.PageAsync(subscriptions, query.Limit, s => new Cursor(ListWebhooksQuery.Sort, null, s.Id).Encode(), cancellationToken);
    }
}
