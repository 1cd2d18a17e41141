using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.RedeliverDelivery;

/// <summary>Sends a dead-lettered delivery again, under the same delivery id, with a new day of attempts.</summary>
public sealed record RedeliverDeliveryCommand(Guid SubscriptionId, Guid DeliveryId) : ICommand<Result<WebhookDeliveryResponse>>;
