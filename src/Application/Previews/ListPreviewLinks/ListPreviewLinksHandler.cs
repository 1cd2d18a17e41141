using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Previews.ListPreviewLinks;

public sealed class ListPreviewLinksHandler(IAppDbContext db) : IQueryHandler<ListPreviewLinksQuery, Result<Page<PreviewLinkResponse>>>
{
    public async ValueTask<Result<Page<PreviewLinkResponse>>> Handle(ListPreviewLinksQuery query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.Cursor, ListPreviewLinksQuery.Sort, out var cursor);
        var links = db.PreviewLinks.AsNoTracking();
        if (PreviewTypes.TryParse(query.Type, out var type)) links = links.Where(l => l.ItemType == type);
        if (query.ItemId is { } itemId) links = links.Where(l => l.ItemId == itemId);
        // Version 7 ids sort in order of creation.
        var page = links.OrderByIdAfter(l => l.Id, cursor?.Id).Select(PreviewLinkResponse.Projection);
        return await Keyset.PageAsync(page, query.Limit, l => new Cursor(ListPreviewLinksQuery.Sort, null, l.Id).Encode(), cancellationToken);
    }
}
