using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.ApiKeys.ListApiKeys;

public sealed class ListApiKeysHandler(IAppDbContext db) : IQueryHandler<ListApiKeysQuery, Result<Page<ApiKeyResponse>>>
{
    public async ValueTask<Result<Page<ApiKeyResponse>>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var keys = db.ApiKeys.AsNoTracking();
        Cursor.TryDecode(query.Cursor, ListApiKeysQuery.Sort, out var cursor);
        // Version 7 ids sort in order of creation.
        if (cursor is { Id: var after }) keys = keys.Where(k => k.Id.CompareTo(after) > 0);
        var limit = query.Limit ?? PageLimits.Default;
        var rows = await keys.OrderBy(k => k.Id).Take(limit + 1).Select(ApiKeyResponse.Projection).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new Cursor(ListApiKeysQuery.Sort, null, rows[limit - 1].Id).Encode() : null;
        if (rows.Count > limit) rows.RemoveAt(limit);
        return new Page<ApiKeyResponse>(rows, next);
    }
}
