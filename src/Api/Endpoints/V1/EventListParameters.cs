using Microsoft.AspNetCore.Mvc;
using Scc.Api.OpenApi;
using Scc.Domain.Events;
using Scc.Domain.Organisations;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/events</c>.</summary>
public sealed class EventListParameters
{
    /// <summary>One or more types, comma-separated: seminar, training, talk, workshop, forum, conference, exhibition, pavilion, awardCeremony, competition, webinar, ceremony, visit, other.</summary>
    [QueryParameter(ValuesOf = typeof(EventType), List = true)]
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    /// <summary>One or more statuses, comma-separated: published, postponed, cancelled (and draft, for staff).</summary>
    [QueryParameter(ValuesOf = typeof(EventStatus), List = true)]
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    /// <summary>upcoming, past or all (default all). Events without a date yet count as upcoming.</summary>
    [QueryParameter(Values = ["upcoming", "past", "all"])]
    [FromQuery(Name = "when")]
    public string? When { get; init; }

    /// <summary>Events that end after this: a date (yyyy-MM-dd, a day in Hong Kong) or an instant with offset.</summary>
    [QueryParameter(Format = QueryParameterAttribute.DateOrDateTime)]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Events that start before this: a date (yyyy-MM-dd) or an instant with offset.</summary>
    [QueryParameter(Format = QueryParameterAttribute.DateOrDateTime)]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Events with this tag.</summary>
    [FromQuery(Name = "tag")]
    public string? Tag { get; init; }

    /// <summary>Words in the title, summary or slug, in either language.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>Sessions of this series.</summary>
    [FromQuery(Name = "seriesId")]
    public Guid? SeriesId { get; init; }

    /// <summary>Parts of this event.</summary>
    [FromQuery(Name = "parentEventId")]
    public Guid? ParentEventId { get; init; }

    /// <summary>Events in which this organisation has a part (with role: that part).</summary>
    [FromQuery(Name = "organisationId")]
    public Guid? OrganisationId { get; init; }

    /// <summary>Parts, comma-separated: organiser, coOrganiser, supportingOrganisation, collaboratingOrganisation, sponsor, funder, operator, establisher.</summary>
    [QueryParameter(ValuesOf = typeof(OrganisationRole), List = true)]
    [FromQuery(Name = "role")]
    public string? Role { get; init; }

    /// <summary>Events hosted by this programme.</summary>
    [FromQuery(Name = "programmeId")]
    public Guid? ProgrammeId { get; init; }

    /// <summary>Events paid for by this funding programme.</summary>
    [FromQuery(Name = "fundingProgrammeId")]
    public Guid? FundingProgrammeId { get; init; }

    /// <summary>startsAt (default) or -startsAt.</summary>
    [QueryParameter(Values = ["startsAt", "-startsAt"])]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
