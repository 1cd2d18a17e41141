using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Digests;

namespace Scc.Application.Digests.ListDigests;

public sealed class ListDigestsHandler(IAppDbContext db) : IQueryHandler<ListDigestsQuery, Page<DigestSummary>>
{
    public const string Sort = "-asOf";

    public async ValueTask<Page<DigestSummary>> Handle(ListDigestsQuery query, CancellationToken cancellationToken)
    {
        var digests = db.Digests.AsNoTracking();
        if (!query.IncludeDrafts) digests = digests.Where(d => d.Status == DigestStatus.Published);
        if (EnumNames<DigestStatus>.TryParse(query.Status, out var status)) digests = digests.Where(d => d.Status == status);
        Cursor.TryDecode(query.Cursor, Sort, out var cursor);
        if (cursor is { Key: { } key, Id: var id })
        {
            var date = HomeCalendar.FromKey(key);
            digests = digests.Where(d => d.AsOf < date || d.AsOf == date && d.Id.CompareTo(id) < 0);
        }
        var limit = query.Limit ?? PageLimits.Default;
        var rows = await digests.OrderByDescending(d => d.AsOf).ThenByDescending(d => d.Id).Take(limit + 1)
            .Select(d => new DigestSummary(d.Id, d.Slug, d.Status, d.Title, d.Introduction, d.From, d.To, d.AsOf, d.PublishedAt, d.UpdatedAt))
            .ToListAsync(cancellationToken);
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = new Cursor(Sort, HomeCalendar.ToKey(rows[^1].AsOf), rows[^1].Id).Encode();
        }
        return new Page<DigestSummary>(rows, next);
    }
}
