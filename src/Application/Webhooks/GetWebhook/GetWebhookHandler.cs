using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Webhooks;

namespace Scc.Application.Webhooks.GetWebhook;

public sealed class GetWebhookHandler(IAppDbContext db) : IQueryHandler<GetWebhookQuery, Result<WebhookResponse>>
{
    public async ValueTask<Result<WebhookResponse>> Handle(GetWebhookQuery query, CancellationToken cancellationToken)
    {
        var found = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Id == query.Id).Select(WebhookResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        return found is null ? WebhookErrors.NotFound : found;
    }
}
