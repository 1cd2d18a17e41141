using Mediator;
using Scc.Application.Registrations.Changes;
using Scc.Domain.Common;

namespace Scc.Application.Changes;

/// <summary>
/// Reads the content changes feed. The public's feed shows what it could see: a change to a resource public after it is
/// an update; one that took it out of view (unpublished, deleted) is a deletion; drafts' changes are not shown.
/// </summary>
public sealed class GetContentChangesHandler(IContentChangeLog changes) : IQueryHandler<GetContentChangesQuery, Result<ContentChangePage>>
{
    public async ValueTask<Result<ContentChangePage>> Handle(GetContentChangesQuery query, CancellationToken cancellationToken)
    {
        ChangeCursor.TryDecode(query.Cursor, out var cursor);
        var limit = query.Limit ?? GetContentChangesQuery.DefaultLimit;
        var rows = (await changes.ReadAsync(cursor, ContentResources.Parse(query.Type) ?? [], publicOnly: !query.IncludeDrafts, limit + 1, cancellationToken)).ToList();
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(limit);
        var next = rows.Count == 0 ? cursor : new ChangeCursor(rows[^1].TransactionId, rows[^1].Id);
        var items = rows.Select(r =>
        {
            var gone = query.IncludeDrafts ? r.Change == "deleted" : !r.IsPublic;
            return new ContentChangeResponse(r.ResourceType, r.ResourceId, gone ? ContentChangeKind.Deleted : ContentChangeKind.Updated,
                r.IsPublic, r.OccurredAt, new Uri(query.BaseUrl, $"{ContentResources.PathByType[r.ResourceType]}/{r.ResourceId}"));
        }).ToList();
        return new ContentChangePage(items, next.Encode(), hasMore);
    }
}
