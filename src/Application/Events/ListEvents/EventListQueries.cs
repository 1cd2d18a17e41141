using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Events;
using Scc.Domain.Organisations;

namespace Scc.Application.Events.ListEvents;

/// <summary>
/// The events list's filters and keyset order as query building blocks, shared by the events list and the
/// public feeds so that a filter means the same thing in both.
/// </summary>
public static class EventListQueries
{
    /// <summary>Applies every filter of <paramref name="query"/> (already validated) to <paramref name="events"/>.</summary>
    public static IQueryable<Event> Filter(IQueryable<Event> events, ListEventsQuery query, DateTimeOffset now)
    {
        if (!query.IncludeDrafts) events = events.Where(e => e.Status != EventStatus.Draft);

        var types = EventListFilters.Types(query.Type);
        if (types.Count > 0) events = events.Where(e => types.Contains(e.Type));
        var statuses = EventListFilters.Statuses(query.Status);
        if (statuses.Count > 0) events = events.Where(e => statuses.Contains(e.Status));

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
            var pattern = LikePatterns.Containing(query.Q);
            events = events.Where(e => EF.Functions.Like(EF.Property<string>(e, SearchText.Column), pattern, LikePatterns.Escape));
        }
        if (query.SeriesId is { } seriesId) events = events.Where(e => e.SeriesId == seriesId);
        if (query.ParentEventId is { } parentId) events = events.Where(e => e.ParentEventId == parentId);
        if (query.ProgrammeId is { } programmeId) events = events.Where(e => e.ProgrammeId == programmeId);
        if (query.FundingProgrammeId is { } fundingId) events = events.Where(e => e.Funding.Any(f => f.FundingProgrammeId == fundingId));
        var roles = EnumNames<OrganisationRole>.TryParseList(query.Role, out var parsedRoles) ? parsedRoles : [];
        if (query.OrganisationId is { } organisationId)
            events = roles.Count > 0
                ? events.Where(e => e.Organisations.Any(o => o.OrganisationId == organisationId && roles.Contains(o.Role)))
                : events.Where(e => e.Organisations.Any(o => o.OrganisationId == organisationId));
        else if (roles.Count > 0)
            events = events.Where(e => e.Organisations.Any(o => roles.Contains(o.Role)));
        return events;
    }

    /// <summary>Orders by start (then id) as <paramref name="sort"/> says and skips to just after the cursor.</summary>
    public static IQueryable<Event> OrderAfter(IQueryable<Event> events, string sort, string? cursorText)
    {
        Cursor.TryDecode(cursorText, sort, out var cursor);
        return events.OrderByKeyAfter(e => e.WindowStart, e => e.Id, cursor, descending: sort == EventListFilters.SortByStartDescending);
    }
}
