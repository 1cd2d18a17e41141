using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.UpdateWebhook;

public sealed class UpdateWebhookHandler(IAppDbContext db, WebhookUrlGuard guard) : ICommandHandler<UpdateWebhookCommand, Result<WebhookResponse>>
{
    public async ValueTask<Result<WebhookResponse>> Handle(UpdateWebhookCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (subscription is null) return WebhookErrors.NotFound;
        if (command.ExpectedVersion is { } expected && expected != subscription.Version) return Error.PreconditionFailed;
        if (await guard.RefusalAsync(command.Url, cancellationToken) is { } refusal) return WebhookErrors.UrlForbidden(refusal);
        subscription.Update(command.Url, command.EventTypes, command.Description?.Trim(), command.Active);
        await db.SaveChangesAsync(cancellationToken);
        return await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == subscription.Id).Select(WebhookResponse.Projection).SingleAsync(cancellationToken);
    }
}
