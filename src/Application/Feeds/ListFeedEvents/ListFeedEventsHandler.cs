using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Events;
using Scc.Application.Events.ListEvents;

namespace Scc.Application.Feeds.ListFeedEvents;

public sealed class ListFeedEventsHandler(IAppDbContext db, IEventLinks eventLinks, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<ListFeedEventsQuery, FeedPage>
{
    public async ValueTask<FeedPage> Handle(ListFeedEventsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var filters = query.ToListQuery();
        // "Upcoming" is what has not ended before this instant: now, or earlier where the feed keeps ended events.
        var endedBefore = filters.When == ListFeedEventsQuery.DefaultWhen ? now - query.KeepEndedFor : now;
        var events = EventListQueries.Filter(db.Events.AsNoTracking(), filters, endedBefore);
        events = EventListQueries.OrderAfter(events, EventListFilters.SortByStart, filters.Cursor);
        var page = await Keyset.PageAsync(
            events.ProjectToType<FeedEventRow>(mapping), filters.Limit,
            r => new Cursor(EventListFilters.SortByStart, r.WindowStart, r.Id).Encode(), cancellationToken);

        var links = await eventLinks.LoadAsync([.. page.Items.Select(r => r.Id)], cancellationToken);
        var seats = await FeedSeats.TakenAsync(db, [.. page.Items.Select(r => r.Id)], cancellationToken);
        var items = page.Items
            .Select(r => FeedEventBuilder.Build(
                r with { Organisations = links.OrganisationsOf(r.Id), FundingProgrammes = links.FundingOf(r.Id) },
                seats.GetValueOrDefault(r.Id), query.Language, query.BaseUrl, now))
            .ToList();
        return new FeedPage(items, page.NextCursor, query.Language);
    }
}
