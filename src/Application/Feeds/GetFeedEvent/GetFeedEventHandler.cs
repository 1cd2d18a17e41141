using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Events;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Feeds.GetFeedEvent;

public sealed class GetFeedEventHandler(IAppDbContext db, IEventLinks eventLinks, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<GetFeedEventQuery, Result<FeedEvent>>
{
    public async ValueTask<Result<FeedEvent>> Handle(GetFeedEventQuery query, CancellationToken cancellationToken)
    {
        var row = await db.Events.AsNoTracking()
            .Where(e => e.Id == query.Id && (query.IncludeDrafts || e.Status != EventStatus.Draft))
            .ProjectToType<FeedEventRow>(mapping)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null) return EventErrors.NotFound;
        var links = await eventLinks.LoadAsync([row.Id], cancellationToken);
        row = row with { Organisations = links.OrganisationsOf(row.Id), FundingProgrammes = links.FundingOf(row.Id) };
        var seats = await FeedSeats.TakenAsync(db, [row.Id], cancellationToken);
        return FeedEventBuilder.Build(row, seats.GetValueOrDefault(row.Id), query.Language, query.BaseUrl, clock.GetUtcNow());
    }
}
