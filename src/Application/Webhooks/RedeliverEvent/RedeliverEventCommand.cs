using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.RedeliverEvent;

/// <summary>
/// Sends any past event to a subscription as a new delivery (a new delivery id; the body's event id is the
/// same as before), whether or not it was delivered, and whatever types the subscription asks for.
/// </summary>
public sealed record RedeliverEventCommand(Guid SubscriptionId, Guid EventId) : ICommand<Result<WebhookDeliveryResponse>>;
