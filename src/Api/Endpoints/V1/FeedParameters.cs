using Microsoft.AspNetCore.Mvc;
using Scc.Application.Feeds.ListFeedEvents;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of the events feeds (JSON, iCalendar, Atom).</summary>
/// <param name="Lang">en or zh-Hant; without it, the best match of Accept-Language, else en.</param>
/// <param name="When">upcoming (default), past or all. Events without a date yet count as upcoming.</param>
/// <param name="Type">One or more types, comma-separated: seminar, training, talk, workshop, forum, conference, exhibition, pavilion, awardCeremony, competition, webinar, ceremony, visit, other.</param>
/// <param name="Tag">Events with this tag.</param>
/// <param name="OrganisationId">Events in which this organisation has a part (with role: that part).</param>
/// <param name="Role">Parts, comma-separated: organiser, coOrganiser, supportingOrganisation, collaboratingOrganisation, sponsor, funder, operator, establisher.</param>
/// <param name="SeriesId">Sessions of this series.</param>
/// <param name="ProgrammeId">Events hosted by this programme.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20 for JSON, 100 for iCalendar and Atom).</param>
public sealed record FeedParameters(
    [FromQuery(Name = "lang")] string? Lang,
    [FromQuery(Name = "when")] string? When,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "tag")] string? Tag,
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "role")] string? Role,
    [FromQuery(Name = "seriesId")] Guid? SeriesId,
    [FromQuery(Name = "programmeId")] Guid? ProgrammeId,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit)
{
    public ListFeedEventsQuery ToQuery(string language, Uri baseUrl, int? defaultLimit = null) =>
        new(language, baseUrl, Type, Tag, OrganisationId, Role, SeriesId, ProgrammeId, When, Cursor, Limit ?? defaultLimit);
}
