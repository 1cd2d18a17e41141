using System.Text.Json.Serialization;
using Scc.Application.Images;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events.ListEvents;

/// <summary>An event in a list: enough to show a card and link to it.</summary>
public sealed record EventSummary
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required EventStatus Status { get; init; }

    public required EventType Type { get; init; }

    public required EventFormat Format { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Summary { get; init; }

    public required string TimeZone { get; init; }

    public required EventSchedule Schedule { get; init; }

    public Venue? Venue { get; init; }

    public Guid? ParentEventId { get; init; }

    public Guid? SeriesId { get; init; }

    public int? SeriesPosition { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required RegistrationSettings Registration { get; init; }

    public Uri? ImageUrl { get; init; }

    /// <summary>The uploaded poster in its renditions; null when none was uploaded.</summary>
    public ImageResponse? Poster { get; init; }

    /// <summary>The poster as stored, before its addresses are known.</summary>
    [JsonIgnore]
    public UploadedImage? StoredPoster { get; init; }

    /// <summary>Organisations in their roles (organiser, supporting organisation, sponsor...).</summary>
    public IReadOnlyList<EventOrganisationResponse> Organisations { get; init; } = [];

    /// <summary>Funding programmes, each with the disclaimer that must be shown wherever the event is published.</summary>
    public IReadOnlyList<FundingNoticeResponse> FundingProgrammes { get; init; } = [];

    public Guid? ProgrammeId { get; init; }

    /// <summary>The sort key, kept for the next page's cursor.</summary>
    [JsonIgnore]
    public DateTimeOffset? WindowStart { get; init; }
}
