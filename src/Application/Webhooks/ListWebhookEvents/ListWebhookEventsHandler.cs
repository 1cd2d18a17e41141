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
        var messages = db.OutboxMessages.AsNoTracking().Where(m => types.Contains(m.Type));
        Cursor.TryDecode(query.Cursor, ListWebhookEventsQuery.Sort, out var cursor);
        if (cursor is { Id: var before }) messages = messages.Where(m => m.Id.CompareTo(before) < 0);
        var limit = query.Limit ?? PageLimits.Default;
        var rows = await messages.OrderByDescending(m => m.Id).Take(limit + 1).Select(m => new { m.Id, m.Type, m.CreatedAt, m.Payload }).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new Cursor(ListWebhookEventsQuery.Sort, null, rows[limit - 1].Id).Encode() : null;
        if (rows.Count > limit) rows.RemoveAt(limit);
        var items = rows.Select(r =>
        {
            using var envelope = JsonDocument.Parse(r.Payload ?? "{}");
            var data = envelope.RootElement.TryGetProperty("data", out var d) ? d.Clone() : default;
            return new WebhookEventResponse(r.Id, r.Type, r.CreatedAt, data);
        }).ToList();
        return new Page<WebhookEventResponse>(items, next);
    }
}
