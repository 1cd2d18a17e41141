using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.ListWebhooks;

/// <summary>Every subscription, oldest first.</summary>
public sealed record ListWebhooksQuery(string? Cursor, int? Limit) : IQuery<Result<Page<WebhookResponse>>>
{
    public const string Sort = "created";
}
