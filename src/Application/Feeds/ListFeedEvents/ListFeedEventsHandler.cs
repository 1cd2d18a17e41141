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
        var events = EventListQueries.Filter(db.Events.AsNoTracking(), filters, now);
        events = EventListQueries.OrderAfter(events, EventListFilters.SortByStart, filters.Cursor);

        var limit = filters.Limit ?? PageLimits.Default;
        var rows = await events.Take(limit + 1).ProjectToType<FeedEventRow>(mapping).ToListAsync(cancellationToken);
        var nextCursor = rows.Count > limit ? new Cursor(EventListFilters.SortByStart, rows[limit - 1].WindowStart, rows[limit - 1].Id).Encode() : null;
        if (rows.Count > limit) rows.RemoveAt(limit);

        var links = await eventLinks.LoadAsync([.. rows.Select(r => r.Id)], cancellationToken);
        var seats = await FeedSeats.TakenAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        var items = rows
            .Select(r => FeedEventBuilder.Build(
                r with { Organisations = links.OrganisationsOf(r.Id), FundingProgrammes = links.FundingOf(r.Id) },
                seats.GetValueOrDefault(r.Id), query.Language, query.BaseUrl, now))
            .ToList();
        return new FeedPage(items, nextCursor, query.Language);
    }
}
