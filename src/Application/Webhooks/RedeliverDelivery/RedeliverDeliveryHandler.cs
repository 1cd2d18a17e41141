using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.RedeliverDelivery;

public sealed class RedeliverDeliveryHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RedeliverDeliveryCommand, Result<WebhookDeliveryResponse>>
{
    public async ValueTask<Result<WebhookDeliveryResponse>> Handle(RedeliverDeliveryCommand command, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == command.DeliveryId && d.SubscriptionId == command.SubscriptionId, cancellationToken);
        if (delivery is null) return WebhookErrors.DeliveryNotFound;
        var redelivered = delivery.Redeliver(clock.GetUtcNow());
        if (!redelivered.IsSuccess) return redelivered.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.Id == delivery.Id).Select(WebhookDeliveryResponse.Projection).SingleAsync(cancellationToken);
    }
}
