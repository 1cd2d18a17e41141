using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;

namespace Scc.Application.Series.ListEventSeries;

public sealed class ListEventSeriesHandler(IAppDbContext db, TypeAdapterConfig mapping)
    : IQueryHandler<ListEventSeriesQuery, IReadOnlyList<EventSeriesResponse>>
{
    public async ValueTask<IReadOnlyList<EventSeriesResponse>> Handle(ListEventSeriesQuery query, CancellationToken cancellationToken) =>
        await db.EventSeries.AsNoTracking().OrderBy(s => s.Slug).ProjectToType<EventSeriesResponse>(mapping).ToListAsync(cancellationToken);
}
