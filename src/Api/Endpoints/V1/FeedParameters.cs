using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.OpenApi;
using Scc.Application.Feeds.ListFeedEvents;
using Scc.Domain.Events;
using Scc.Domain.Organisations;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of the events feeds (JSON, iCalendar, Atom).</summary>
public sealed class FeedParameters
{
    /// <summary>en or zh-Hant; without it, the best match of Accept-Language, else en.</summary>
    [QueryParameter(Values = ["en", "zh-Hant"])]
    [FromQuery(Name = "lang")]
    public string? Lang { get; init; }

    /// <summary>upcoming (default), past or all. Events without a date yet count as upcoming.</summary>
    [QueryParameter(Values = ["upcoming", "past", "all"])]
    [FromQuery(Name = "when")]
    public string? When { get; init; }

    /// <summary>One or more types, comma-separated: seminar, training, talk, workshop, forum, conference, exhibition, pavilion, awardCeremony, competition, webinar, ceremony, visit, other.</summary>
    [QueryParameter(ValuesOf = typeof(EventType), List = true)]
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    /// <summary>Events with this tag.</summary>
    [FromQuery(Name = "tag")]
    public string? Tag { get; init; }

    /// <summary>Events in which this organisation has a part (with role: that part).</summary>
    [FromQuery(Name = "organisationId")]
    public Guid? OrganisationId { get; init; }

    /// <summary>Parts, comma-separated: organiser, coOrganiser, supportingOrganisation, collaboratingOrganisation, sponsor, funder, operator, establisher.</summary>
    [QueryParameter(ValuesOf = typeof(OrganisationRole), List = true)]
    [FromQuery(Name = "role")]
    public string? Role { get; init; }

    /// <summary>Sessions of this series.</summary>
    [FromQuery(Name = "seriesId")]
    public Guid? SeriesId { get; init; }

    /// <summary>Events hosted by this programme.</summary>
    [FromQuery(Name = "programmeId")]
    public Guid? ProgrammeId { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20 for JSON, 100 for iCalendar and Atom).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    public ListFeedEventsQuery ToQuery(string language, Uri baseUrl, int? defaultLimit = null, TimeSpan keepEndedFor = default) =>
        new(language, baseUrl, Type, Tag, OrganisationId, Role, SeriesId, ProgrammeId, When, Cursor, Limit ?? defaultLimit, keepEndedFor);

    /// <summary>The filters given (not the page) and the language answered in, in a fixed order: what names one feed.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Selection(string language) =>
        [.. new (string Name, string? Value)[]
            {
                ("lang", language), ("limit", Limit?.ToString(CultureInfo.InvariantCulture)), ("organisationId", OrganisationId?.ToString()),
                ("programmeId", ProgrammeId?.ToString()), ("role", Role), ("seriesId", SeriesId?.ToString()), ("tag", Tag), ("type", Type), ("when", When),
            }
            .Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => KeyValuePair.Create(p.Name, p.Value))];
}
