using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Previews;

namespace Scc.Application.Previews.OpenPreviewLink;

public sealed class OpenPreviewLinkHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<OpenPreviewLinkQuery, Result<PreviewLinkResponse>>
{
    public async ValueTask<Result<PreviewLinkResponse>> Handle(OpenPreviewLinkQuery query, CancellationToken cancellationToken)
    {
        var link = await db.PreviewLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == query.Id, cancellationToken);
        if (link is null) return PreviewLinkErrors.NotFound;
        if (link.RefusalAt(clock.GetUtcNow()) is { } refusal) return refusal;
        return PreviewLinkResponse.From(link);
    }
}
