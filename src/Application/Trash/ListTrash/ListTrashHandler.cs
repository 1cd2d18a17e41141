using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Trash.ListTrash;

/// <summary>
/// Reads the page from each kind's trashed rows (a few per table, through a partial index) and merges them: newest
/// deletion first, then id, the cursor's key across all kinds.
/// </summary>
public sealed class ListTrashHandler(IAppDbContext db, IOptions<TrashOptions> options) : IQueryHandler<ListTrashQuery, Result<Page<TrashItemResponse>>>
{
    private sealed record Row(string Type, Guid Id, LocalizedText Title, DateTimeOffset? DeletedAt, string? DeletedBy);

    public async ValueTask<Result<Page<TrashItemResponse>>> Handle(ListTrashQuery query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.Cursor, ListTrashQuery.Sort, out var cursor);
        var size = query.Limit ?? PageLimits.Default;
        // The one row more than the page only tells whether another page follows.
        var take = size + 1;

        IQueryable<T> After<T>(DbSet<T> set) where T : TrashableEntity
        {
            var rows = set.IgnoreQueryFilters().AsNoTracking().Where(e => e.DeletedAt != null);
            if (cursor is { Key: { } key, Id: var id })
                rows = rows.Where(e => e.DeletedAt < key || e.DeletedAt == key && e.Id.CompareTo(id) < 0);
            return rows.OrderByDescending(e => e.DeletedAt).ThenByDescending(e => e.Id).Take(take);
        }

        async Task<List<Row>> RowsAsync(string type) => type switch
        {
            AuditResourceTypes.Event => await After(db.Events).Select(e => new Row(type, e.Id, e.Title, e.DeletedAt, e.DeletedBy)).ToListAsync(cancellationToken),
            AuditResourceTypes.Delegation => await After(db.Delegations).Select(d => new Row(type, d.Id, d.Title, d.DeletedAt, d.DeletedBy)).ToListAsync(cancellationToken),
            AuditResourceTypes.Mou => await After(db.Mous).Select(m => new Row(type, m.Id, m.Title, m.DeletedAt, m.DeletedBy)).ToListAsync(cancellationToken),
            // A partnership is named by its partner, as its list shows it.
            AuditResourceTypes.Partnership => await After(db.Partnerships)
                .Select(p => new Row(type, p.Id, db.Organisations.IgnoreQueryFilters().Where(o => o.Id == p.OrganisationId).Select(o => o.Name).First(), p.DeletedAt, p.DeletedBy))
                .ToListAsync(cancellationToken),
            AuditResourceTypes.Organisation => await After(db.Organisations).Select(o => new Row(type, o.Id, o.Name, o.DeletedAt, o.DeletedBy)).ToListAsync(cancellationToken),
            AuditResourceTypes.Person => await After(db.People).Select(p => new Row(type, p.Id, p.Name, p.DeletedAt, p.DeletedBy)).ToListAsync(cancellationToken),
            AuditResourceTypes.Programme => await After(db.Programmes).Select(p => new Row(type, p.Id, p.Name, p.DeletedAt, p.DeletedBy)).ToListAsync(cancellationToken),
            AuditResourceTypes.Digest => await After(db.Digests).Select(d => new Row(type, d.Id, d.Title, d.DeletedAt, d.DeletedBy)).ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a kind of content the trash holds."),
        };

        var rows = new List<Row>();
        foreach (var type in query.Type is { } only ? [only] : TrashTypes.All) rows.AddRange(await RowsAsync(type));
        var page = rows.OrderByDescending(r => r.DeletedAt).ThenByDescending(r => r.Id).Take(take).ToList();
        string? next = null;
        if (page.Count > size)
        {
            page.RemoveAt(size);
            next = new Cursor(ListTrashQuery.Sort, page[^1].DeletedAt, page[^1].Id).Encode();
        }
        var purgeAfter = options.Value.PurgeAfter;
        return new Page<TrashItemResponse>(
            [.. page.Select(r => new TrashItemResponse(r.Type, r.Id, r.Title, r.DeletedAt!.Value, r.DeletedBy ?? "", r.DeletedAt.Value + purgeAfter))], next);
    }
}
