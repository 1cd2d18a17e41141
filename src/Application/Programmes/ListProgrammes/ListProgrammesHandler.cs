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
        var page = await Keyset.PageAsync(
            programmes.OrderBySlugAfter(p => p.Slug, cursor?.Slug), query.Limit, p => new SlugCursor(p.Slug).Encode(), cancellationToken);
        var items = await ProgrammeResponses.BuildAsync(db, mapping, page.Items, cancellationToken);
        return new Page<ProgrammeResponse>(items, page.NextCursor);
    }
}
