using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;

namespace Scc.Application.Programmes.ListProgrammes;

public sealed class ListProgrammesHandler(IAppDbContext db, TypeAdapterConfig mapping)
    : IQueryHandler<ListProgrammesQuery, Page<ProgrammeResponse>>
{
    public async ValueTask<Page<ProgrammeResponse>> Handle(ListProgrammesQuery query, CancellationToken cancellationToken)
    {
        var programmes = db.Programmes.AsNoTracking();
        if (query.OrganisationId is { } organisationId)
            programmes = programmes.Where(p => p.Organisations.Any(o => o.OrganisationId == organisationId));
        SlugCursor.TryDecode(query.Cursor, out var cursor);
        if (cursor is { Slug: var after }) programmes = programmes.Where(p => p.Slug.CompareTo(after) > 0);

        var limit = query.Limit ?? PageLimits.Default;
        var rows = await programmes.OrderBy(p => p.Slug).Take(limit + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(limit);
        var items = await ProgrammeResponses.BuildAsync(db, mapping, rows, cancellationToken);
        return new Page<ProgrammeResponse>(items, hasMore ? new SlugCursor(rows[^1].Slug).Encode() : null);
    }
}
