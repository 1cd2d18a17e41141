using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.PingWebhook;

/// <summary>
/// Queues a <c>webhook.ping</c> to one subscription, through the same outbox, signing, retries and delivery log as real
/// events, so that an admin (or the receiver's developer) can check the receiver end to end.
/// </summary>
public sealed record PingWebhookCommand(Guid SubscriptionId) : ICommand<Result<WebhookDeliveryResponse>>;
