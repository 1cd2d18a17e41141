using Scc.Application.Events;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Feeds;

/// <summary>What a feed reads of an event, projected in SQL before its texts are resolved to one language.</summary>
public sealed record FeedEventRow
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required EventStatus Status { get; init; }

    public LocalizedText? StatusNote { get; init; }

    public required EventType Type { get; init; }

    public required EventFormat Format { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Summary { get; init; }

    public required string TimeZone { get; init; }

    public required EventSchedule Schedule { get; init; }

    public Venue? Venue { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public IReadOnlyList<Session> Sessions { get; init; } = [];

    public required RegistrationSettings Registration { get; init; }

    public Uri? ImageUrl { get; init; }

    public UploadedImage? Poster { get; init; }

    public Uri? WebsiteUrl { get; init; }

    public IReadOnlyList<EventOrganisationResponse> Organisations { get; init; } = [];

    public IReadOnlyList<FundingNoticeResponse> FundingProgrammes { get; init; } = [];

    public required DateTimeOffset UpdatedAt { get; init; }

    public required int CalendarSequence { get; init; }

    public DateTimeOffset? WindowStart { get; init; }

    public DateTimeOffset? WindowEnd { get; init; }
}
