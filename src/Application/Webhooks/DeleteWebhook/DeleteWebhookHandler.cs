using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.DeleteWebhook;

public sealed class DeleteWebhookHandler(IAppDbContext db) : ICommandHandler<DeleteWebhookCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteWebhookCommand command, CancellationToken cancellationToken)
    {
        // Loaded and removed (not a bulk delete) so that the audit log sees the deletion; deliveries and attempts go
        // with it (cascading foreign keys).
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
        if (subscription is null) return WebhookErrors.NotFound;
        db.WebhookSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
