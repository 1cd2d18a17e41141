using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Domain.Events;

namespace Scc.Application.Events.ListEvents;

public sealed class ListEventsHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<ListEventsQuery, Page<EventSummary>>
{
    public async ValueTask<Page<EventSummary>> Handle(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking();
        if (!query.IncludeDrafts) events = events.Where(e => e.Status != EventStatus.Draft);

        var types = EventListFilters.Types(query.Type);
        if (types.Count > 0) events = events.Where(e => types.Contains(e.Type));
        var statuses = EventListFilters.Statuses(query.Status);
        if (statuses.Count > 0) events = events.Where(e => statuses.Contains(e.Status));

        var now = clock.GetUtcNow();
        events = query.When switch
        {
            // Events without a date yet have not happened, so they count as upcoming.
            "upcoming" => events.Where(e => e.WindowEnd == null || e.WindowEnd > now),
            "past" => events.Where(e => e.WindowEnd != null && e.WindowEnd <= now),
            _ => events,
        };
        if (EventListFilters.TryParseInstant(query.From, out var from) && from is { } fromInstant)
            events = events.Where(e => e.WindowEnd > fromInstant);
        if (EventListFilters.TryParseInstant(query.To, out var to) && to is { } toInstant)
            events = events.Where(e => e.WindowStart < toInstant);
        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = query.Tag.Trim().ToLowerInvariant();
            events = events.Where(e => e.Tags.Contains(tag));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            // SearchText is stored lower-cased (see the event's database configuration).
            var pattern = "%" + EscapeLike(query.Q.Trim().ToLowerInvariant()) + "%";
            events = events.Where(e => EF.Functions.Like(EF.Property<string>(e, SearchTextColumn), pattern, @"\"));
        }
        if (query.SeriesId is { } seriesId) events = events.Where(e => e.SeriesId == seriesId);
        if (query.ParentEventId is { } parentId) events = events.Where(e => e.ParentEventId == parentId);

        var sort = query.Sort ?? EventListFilters.SortByStart;
        Cursor.TryDecode(query.Cursor, sort, out var cursor);
        var descending = sort == EventListFilters.SortByStartDescending;
        events = descending ? AfterDescending(events, cursor) : AfterAscending(events, cursor);

        var limit = query.Limit ?? PageLimits.Default;
        var rows = await events.Take(limit + 1).ProjectToType<EventSummary>(mapping).ToListAsync(cancellationToken);
        if (rows.Count <= limit) return new Page<EventSummary>(rows, null);

        rows.RemoveAt(limit);
        var last = rows[^1];
        return new Page<EventSummary>(rows, new Cursor(sort, last.WindowStart, last.Id).Encode());
    }

    /// <summary>The shadow property with the event's searchable text.</summary>
    public const string SearchTextColumn = "SearchText";

    // PostgreSQL sorts NULLs last ascending and first descending; the keyset conditions follow that order.
    private static IQueryable<Event> AfterAscending(IQueryable<Event> events, Cursor? cursor)
    {
        if (cursor is { Key: { } key, Id: var id })
            events = events.Where(e => e.WindowStart > key || e.WindowStart == key && e.Id.CompareTo(id) > 0 || e.WindowStart == null);
        else if (cursor is { Id: var nullKeyId })
            events = events.Where(e => e.WindowStart == null && e.Id.CompareTo(nullKeyId) > 0);
        return events.OrderBy(e => e.WindowStart).ThenBy(e => e.Id);
    }

    private static IQueryable<Event> AfterDescending(IQueryable<Event> events, Cursor? cursor)
    {
        if (cursor is { Key: { } key, Id: var id })
            events = events.Where(e => e.WindowStart < key || e.WindowStart == key && e.Id.CompareTo(id) < 0);
        else if (cursor is { Id: var nullKeyId })
            events = events.Where(e => e.WindowStart == null && e.Id.CompareTo(nullKeyId) < 0 || e.WindowStart != null);
        return events.OrderByDescending(e => e.WindowStart).ThenByDescending(e => e.Id);
    }

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
