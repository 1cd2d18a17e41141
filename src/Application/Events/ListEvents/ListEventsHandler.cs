using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;

namespace Scc.Application.Events.ListEvents;

public sealed class ListEventsHandler(IAppDbContext db, IEventLinks eventLinks, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<ListEventsQuery, Page<EventSummary>>
{
    public async ValueTask<Page<EventSummary>> Handle(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var events = EventListQueries.Filter(db.Events.AsNoTracking(), query, clock.GetUtcNow());
        var sort = query.Sort ?? EventListFilters.SortByStart;
        events = EventListQueries.OrderAfter(events, sort, query.Cursor);

        var limit = query.Limit ?? PageLimits.Default;
        var rows = await events.Take(limit + 1).ProjectToType<EventSummary>(mapping).ToListAsync(cancellationToken);
        var nextCursor = rows.Count > limit ? new Cursor(sort, rows[limit - 1].WindowStart, rows[limit - 1].Id).Encode() : null;
        if (rows.Count > limit) rows.RemoveAt(limit);

        var links = await eventLinks.LoadAsync([.. rows.Select(r => r.Id)], cancellationToken);
        var items = rows.Select(r => r with { Organisations = links.OrganisationsOf(r.Id), FundingProgrammes = links.FundingOf(r.Id) }).ToList();
        return new Page<EventSummary>(items, nextCursor);
    }
}
