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
        Cursor.TryDecode(query.Cursor, ListApiKeysQuery.Sort, out var cursor);
        // Version 7 ids sort in order of creation.
        var keys = db.ApiKeys.AsNoTracking().OrderByIdAfter(k => k.Id, cursor?.Id).Select(ApiKeyResponse.Projection);
        return await Keyset.PageAsync(keys, query.Limit, k => new Cursor(ListApiKeysQuery.Sort, null, k.Id).Encode(), cancellationToken);
    }
}
