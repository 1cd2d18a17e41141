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
        return await Keyset.PageAsync(
            programmes.OrderBySlugAfter(f => f.Slug, cursor?.Slug).ProjectToType<FundingProgrammeResponse>(mapping), query.Limit,
            f => new SlugCursor(f.Slug).Encode(), cancellationToken);
    }
}
