using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.RotateWebhookSecret;

public sealed class RotateWebhookSecretHandler(IAppDbContext db, IWebhookSecretProtector secrets, WebhookSettings settings, TimeProvider clock)
    : ICommandHandler<RotateWebhookSecretCommand, Result<WebhookSecretRotation>>
{
    public async ValueTask<Result<WebhookSecretRotation>> Handle(RotateWebhookSecretCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (subscription is null) return WebhookErrors.NotFound;
        var secret = WebhookSecrets.New();
        subscription.RotateSecret(secrets.Protect(secret), clock.GetUtcNow() + settings.SecretRotationOverlap);
        await db.SaveChangesAsync(cancellationToken);
        var rotated = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == subscription.Id).Select(WebhookResponse.Projection).SingleAsync(cancellationToken);
        // As stored (to the microsecond), the same as every later read shows.
        return new WebhookSecretRotation(rotated, secret, rotated.PreviousSecretExpiresAt!.Value);
    }
}
