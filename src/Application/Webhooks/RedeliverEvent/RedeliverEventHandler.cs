using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.RedeliverEvent;

public sealed class RedeliverEventHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RedeliverEventCommand, Result<WebhookDeliveryResponse>>
{
    public async ValueTask<Result<WebhookDeliveryResponse>> Handle(RedeliverEventCommand command, CancellationToken cancellationToken)
    {
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == command.SubscriptionId, cancellationToken)) return WebhookErrors.NotFound;
        var webhookTypes = WebhookEventTypes.All.ToArray();
        var type = await db.OutboxMessages.Where(m => m.Id == command.EventId && webhookTypes.Contains(m.Type))
            .Select(m => m.Type).FirstOrDefaultAsync(cancellationToken);
        if (type is null) return WebhookErrors.EventNotFound;
        var delivery = WebhookDelivery.Queue(Guid.CreateVersion7(), command.SubscriptionId, command.EventId, type, clock.GetUtcNow());
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.Id == delivery.Id).Select(WebhookDeliveryResponse.Projection).SingleAsync(cancellationToken);
    }
}
