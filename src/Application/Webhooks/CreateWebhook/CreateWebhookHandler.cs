using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.CreateWebhook;

public sealed class CreateWebhookHandler(IAppDbContext db, WebhookUrlGuard guard, IWebhookSecretProtector secrets) : ICommandHandler<CreateWebhookCommand, Result<WebhookSecretReceipt>>
{
    public async ValueTask<Result<WebhookSecretReceipt>> Handle(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        if (await guard.RefusalAsync(command.Url, cancellationToken) is { } refusal) return WebhookErrors.UrlForbidden(refusal);
        var secret = command.Secret ?? WebhookSecrets.New();
        var subscription = WebhookSubscription.Create(Guid.CreateVersion7(), command.Url, command.EventTypes, secrets.Protect(secret), command.Description?.Trim(), command.Active);
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        var created = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == subscription.Id).Select(WebhookResponse.Projection).SingleAsync(cancellationToken);
        return new WebhookSecretReceipt(created, secret);
    }
}
