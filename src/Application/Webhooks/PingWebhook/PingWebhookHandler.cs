using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Outbox;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.PingWebhook;

public sealed class PingWebhookHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<PingWebhookCommand, Result<WebhookDeliveryResponse>>
{
    public async ValueTask<Result<WebhookDeliveryResponse>> Handle(PingWebhookCommand command, CancellationToken cancellationToken)
    {
        if (!await db.WebhookSubscriptions.AnyAsync(s => s.Id == command.SubscriptionId, cancellationToken)) return WebhookErrors.NotFound;
        var now = clock.GetUtcNow();
        var eventId = Guid.CreateVersion7();
        var body = JsonSerializer.Serialize(new WebhookEnvelope<WebhookPing>(eventId, WebhookEventTypes.Ping, now, new WebhookPing(command.SubscriptionId)), OutboxJson.Options);
        // A ping tells of no change, so no save writes it for one: it is written here, already handed to its one delivery
        // (the fan-out never sees it), and that delivery goes the way of every other.
        var message = OutboxMessage.Create(eventId, WebhookEventTypes.Ping, body, now);
        message.MarkProcessed(now, forgetPayload: false);
        db.OutboxMessages.Add(message);
        var delivery = WebhookDelivery.Queue(Guid.CreateVersion7(), command.SubscriptionId, eventId, WebhookEventTypes.Ping, now);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking().Where(d => d.Id == delivery.Id).Select(WebhookDeliveryResponse.Projection).SingleAsync(cancellationToken);
    }
}
