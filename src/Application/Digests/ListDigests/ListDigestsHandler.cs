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
        var summaries = digests.OrderByKeyAfter(d => d.AsOf, d => d.Id, cursor, descending: true)
            .Select(d => new DigestSummary(d.Id, d.Slug, d.Status, d.Title, d.Introduction, d.From, d.To, d.AsOf, d.PublishedAt, d.UpdatedAt));
        return await Keyset.PageAsync(summaries, query.Limit, d => new Cursor(Sort, HomeCalendar.ToKey(d.AsOf), d.Id).Encode(), cancellationToken);
    }
}
