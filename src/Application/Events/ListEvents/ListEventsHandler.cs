using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Images;

namespace Scc.Application.Events.ListEvents;

public sealed class ListEventsHandler(IAppDbContext db, IEventLinks eventLinks, TypeAdapterConfig mapping, TimeProvider clock, PublicAddress address)
    : IQueryHandler<ListEventsQuery, Page<EventSummary>>
{
    public async ValueTask<Page<EventSummary>> Handle(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var events = EventListQueries.Filter(db.Events.AsNoTracking(), query, clock.GetUtcNow());
        var sort = query.Sort ?? EventListFilters.SortByStart;
        events = EventListQueries.OrderAfter(events, sort, query.Cursor);
        var page = await Keyset.PageAsync(
            events.ProjectToType<EventSummary>(mapping), query.Limit, r => new Cursor(sort, r.WindowStart, r.Id).Encode(), cancellationToken);

        var links = await eventLinks.LoadAsync([.. page.Items.Select(r => r.Id)], cancellationToken);
        var items = page.Items.Select(r => r with
        {
            Organisations = links.OrganisationsOf(r.Id), FundingProgrammes = links.FundingOf(r.Id),
            Poster = ImageResponse.Describe(r.StoredPoster, address), StoredPoster = null,
        }).ToList();
        return new Page<EventSummary>(items, page.NextCursor);
    }
}
