using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.ListWebhookEvents;

public sealed class ListWebhookEventsHandler(IAppDbContext db) : IQueryHandler<ListWebhookEventsQuery, Result<Page<WebhookEventResponse>>>
{
    public static string[] Types(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public async ValueTask<Result<Page<WebhookEventResponse>>> Handle(ListWebhookEventsQuery query, CancellationToken cancellationToken)
    {
        var types = Types(query.Type);
        if (types.Length == 0) types = [.. WebhookEventTypes.All];
        Cursor.TryDecode(query.Cursor, ListWebhookEventsQuery.Sort, out var cursor);
        var messages = db.OutboxMessages.AsNoTracking().Where(m => types.Contains(m.Type))
            .OrderByIdDescendingAfter(m => m.Id, cursor?.Id).Select(m => new { m.Id, m.Type, m.CreatedAt, m.Payload });
        var page = await Keyset.PageAsync(messages, query.Limit, m => new Cursor(ListWebhookEventsQuery.Sort, null, m.Id).Encode(), cancellationToken);
        var items = page.Items.Select(r =>
        {
            using var envelope = JsonDocument.Parse(r.Payload ?? "{}");
            var data = envelope.RootElement.TryGetProperty("data", out var d) ? d.Clone() : default;
            return new WebhookEventResponse(r.Id, r.Type, r.CreatedAt, data);
        }).ToList();
        return new Page<WebhookEventResponse>(items, page.NextCursor);
    }
}
