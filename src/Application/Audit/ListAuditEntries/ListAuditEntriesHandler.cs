using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Audit.ListAuditEntries;

public sealed class ListAuditEntriesHandler(IAppDbContext db) : IQueryHandler<ListAuditEntriesQuery, Result<Page<AuditEntryResponse>>>
{
    public async ValueTask<Result<Page<AuditEntryResponse>>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.ActorKind is { } actorKind) entries = entries.Where(a => a.ActorKind == actorKind);
        if (query.ActorId is { } actorId) entries = entries.Where(a => a.ActorId == actorId);
        if (query.ResourceType is { } resourceType) entries = entries.Where(a => a.ResourceType == resourceType);
        if (query.ResourceId is { } resourceId) entries = entries.Where(a => a.ResourceId == resourceId);
        if (query.Action is { } action) entries = entries.Where(a => a.Action == action);
        // The id bounds let the primary key find the range; the times keep it exact to the tick.
        if (query.From is { } from)
        {
            var first = AuditEntry.FirstIdAt(from);
            entries = entries.Where(a => a.Id.CompareTo(first) >= 0 && a.OccurredAt >= from);
        }
        if (query.To is { } to)
        {
            var beyond = AuditEntry.FirstIdAt(to.AddMilliseconds(1));
            entries = entries.Where(a => a.Id.CompareTo(beyond) < 0 && a.OccurredAt <= to);
        }
        Cursor.TryDecode(query.Cursor, ListAuditEntriesQuery.Sort, out var cursor);
        // Version 7 ids sort in order of writing: newest first is descending id.
        return await Keyset.PageAsync(
            entries.OrderByIdDescendingAfter(a => a.Id, cursor?.Id).Select(AuditEntryResponse.Projection), query.Limit,
            a => new Cursor(ListAuditEntriesQuery.Sort, null, a.Id).Encode(), cancellationToken);
    }
}
