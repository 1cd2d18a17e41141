using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/events</c>.</summary>
/// <param name="Type">One or more types, comma-separated: seminar, training, talk, workshop, forum, conference, exhibition, pavilion, awardCeremony, competition, webinar, ceremony, visit, other.</param>
/// <param name="Status">One or more statuses, comma-separated: published, postponed, cancelled (and draft, for staff).</param>
/// <param name="When">upcoming, past or all (default all). Events without a date yet count as upcoming.</param>
/// <param name="From">Events that end after this: a date (yyyy-MM-dd, a day in Hong Kong) or an instant with offset.</param>
/// <param name="To">Events that start before this: a date (yyyy-MM-dd) or an instant with offset.</param>
/// <param name="Tag">Events with this tag.</param>
/// <param name="Q">Words in the title, summary or slug, in either language.</param>
/// <param name="SeriesId">Sessions of this series.</param>
/// <param name="ParentEventId">Parts of this event.</param>
/// <param name="OrganisationId">Events in which this organisation has a part (with role: that part).</param>
/// <param name="Role">Parts, comma-separated: organiser, coOrganiser, supportingOrganisation, collaboratingOrganisation, sponsor, funder, operator, establisher.</param>
/// <param name="ProgrammeId">Events hosted by this programme.</param>
/// <param name="FundingProgrammeId">Events paid for by this funding programme.</param>
/// <param name="Sort">startsAt (default) or -startsAt.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
public sealed record EventListParameters(
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "when")] string? When,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "tag")] string? Tag,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "seriesId")] Guid? SeriesId,
    [FromQuery(Name = "parentEventId")] Guid? ParentEventId,
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "role")] string? Role,
    [FromQuery(Name = "programmeId")] Guid? ProgrammeId,
    [FromQuery(Name = "fundingProgrammeId")] Guid? FundingProgrammeId,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit);
