using System.Text.Json.Serialization;
using Scc.Domain.Events;

namespace Scc.Application.Feeds;

/// <summary>An event as a partner site shows it: every text resolved to one language.</summary>
public sealed record FeedEvent
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    /// <summary>The event in the API (<c>/api/v1/events/{id}</c>).</summary>
    public required Uri Url { get; init; }

    /// <summary>The event as an iCalendar file, to add to a calendar.</summary>
    public required Uri CalendarUrl { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public required EventType Type { get; init; }

    public required EventFormat Format { get; init; }

    /// <summary>published, postponed or cancelled (cancelled events stay in the feed, marked as such).</summary>
    public required EventStatus Status { get; init; }

    /// <summary>Why the event was postponed or cancelled.</summary>
    public string? StatusNote { get; init; }

    /// <summary>IANA id of the zone where the event happens; the schedule's times are in it.</summary>
    public required string TimeZone { get; init; }

    public required FeedSchedule Schedule { get; init; }

    public FeedVenue? Venue { get; init; }

    public Uri? ImageUrl { get; init; }

    /// <summary>The uploaded poster in its renditions, its alternative text in the feed's language; null when none was uploaded.</summary>
    public FeedImage? Poster { get; init; }

    public Uri? WebsiteUrl { get; init; }

    public required FeedRegistration Registration { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The agenda, in start order; empty when the event has none.</summary>
    public IReadOnlyList<FeedSession> Sessions { get; init; } = [];

    /// <summary>Organisations in their roles, named in the feed's language.</summary>
    public required IReadOnlyList<FeedOrganisation> Organisations { get; init; }

    /// <summary>Funding programmes, each with the disclaimer that must be shown with the event.</summary>
    public required IReadOnlyList<FeedFundingNotice> FundingProgrammes { get; init; }

    /// <summary>When the event was last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// The fields served in the other language because the asked one was missing, by their path in this
    /// item (<c>title</c>, <c>venue.name</c>, <c>fundingProgrammes[0].disclaimer</c>...); empty when none.
    /// </summary>
    public required IReadOnlyList<string> Fallback { get; init; }

    /// <summary>The iCalendar SEQUENCE: raised at every change of the event's time, place or status (calendar feeds only).</summary>
    [JsonIgnore]
    public int CalendarSequence { get; init; }

    /// <summary>The sort key, kept for the next page's cursor.</summary>
    [JsonIgnore]
    public DateTimeOffset? WindowStart { get; init; }
}
