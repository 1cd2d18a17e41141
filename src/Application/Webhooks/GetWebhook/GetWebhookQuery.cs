using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.GetWebhook;

public sealed record GetWebhookQuery(Guid Id) : IQuery<Result<WebhookResponse>>;
