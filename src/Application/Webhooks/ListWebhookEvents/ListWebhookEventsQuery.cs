using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.ListWebhookEvents;

/// <summary>Every event written for webhooks, newest first, optionally of some types: any of them can be sent again.</summary>
public sealed record ListWebhookEventsQuery(string? Type, string? Cursor, int? Limit) : IQuery<Result<Page<WebhookEventResponse>>>
{
    public const string Sort = "-created";
}
