using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;

namespace Scc.Application.FundingProgrammes.ListFundingProgrammes;

public sealed class ListFundingProgrammesHandler(IAppDbContext db, TypeAdapterConfig mapping)
    : IQueryHandler<ListFundingProgrammesQuery, Page<FundingProgrammeResponse>>
{

    public async ValueTask<Page<FundingProgrammeResponse>> Handle(ListFundingProgrammesQuery query, CancellationToken cancellationToken)
    {
        var programmes = db.FundingProgrammes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = LikePatterns.Containing(query.Q);
            programmes = programmes.Where(f => EF.Functions.Like(EF.Property<string>(f, SearchText.Column), pattern, LikePatterns.Escape));
        }
        SlugCursor.TryDecode(query.Cursor, out var cursor);
        if (cursor is { Slug: var after }) programmes = programmes.Where(f => f.Slug.CompareTo(after) > 0);

        var limit = query.Limit ?? PageLimits.Default;
        var rows = await programmes.OrderBy(f => f.Slug).Take(limit + 1)
            .ProjectToType<FundingProgrammeResponse>(mapping).ToListAsync(cancellationToken);
        if (rows.Count <= limit) return new Page<FundingProgrammeResponse>(rows, null);
        rows.RemoveAt(limit);
        return new Page<FundingProgrammeResponse>(rows, new SlugCursor(rows[^1].Slug).Encode());
    }
}
