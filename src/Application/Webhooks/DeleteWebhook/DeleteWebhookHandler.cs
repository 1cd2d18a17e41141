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
        // Deliveries and attempts go with it (cascading foreign keys).
        var deleted = await db.WebhookSubscriptions.Where(s => s.Id == command.Id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? WebhookErrors.NotFound : Result.Success();
    }
}
