using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Series.GetEventSeries;

public sealed class GetEventSeriesHandler(IAppDbContext db, TypeAdapterConfig mapping)
    : IQueryHandler<GetEventSeriesQuery, Result<EventSeriesResponse>>
{
    public async ValueTask<Result<EventSeriesResponse>> Handle(GetEventSeriesQuery query, CancellationToken cancellationToken)
    {
        var found = await db.EventSeries.AsNoTracking().Where(s => s.Id == query.Id)
            .ProjectToType<EventSeriesResponse>(mapping).FirstOrDefaultAsync(cancellationToken);
        return found is null ? EventSeriesErrors.NotFound : found;
    }
}
