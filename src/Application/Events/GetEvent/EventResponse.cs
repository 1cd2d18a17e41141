using Scc.Application.Common;
using Scc.Application.Common.Lookups;
using Scc.Application.Images;
using System.Text.Json.Serialization;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events.GetEvent;

/// <summary>An event as the API returns it.</summary>
public sealed record EventResponse : IVersioned
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required EventStatus Status { get; init; }

    /// <summary>Why the event was postponed or cancelled.</summary>
    public LocalizedText? StatusNote { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the publication schedule publishes this draft (staff set it); null once published or when none is planned.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>When the publication schedule takes this event back to draft; null when none is planned.</summary>
    public DateTimeOffset? UnpublishAt { get; init; }

    public required EventType Type { get; init; }

    public required EventFormat Format { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Summary { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>IANA time zone of the place where the event happens.</summary>
    public required string TimeZone { get; init; }

    /// <summary>When it happens, as precisely as it is known; instants carry the event's own offset.</summary>
    public required EventSchedule Schedule { get; init; }

    public Venue? Venue { get; init; }

    public Uri? OnlineUrl { get; init; }

    public string? OnlinePlatform { get; init; }

    public Guid? ParentEventId { get; init; }

    public Guid? SeriesId { get; init; }

    public int? SeriesPosition { get; init; }

    public IReadOnlyList<SpeakerResponse> Speakers { get; init; } = [];

    /// <summary>The agenda, in start order; empty when the event has none.</summary>
    public IReadOnlyList<SessionResponse> Sessions { get; init; } = [];

    public required IReadOnlyList<Outcome> Outcomes { get; init; }

    public required IReadOnlyList<LocalizedText> Highlights { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required RegistrationSettings Registration { get; init; }

    public required IReadOnlyList<EnquiryContact> Contacts { get; init; }

    public Uri? WebsiteUrl { get; init; }

    public Uri? ImageUrl { get; init; }

    /// <summary>The uploaded poster in its renditions (<c>PUT /api/v1/events/{id}/poster</c>); null when none was uploaded.</summary>
    public ImageResponse? Poster { get; init; }

    /// <summary>Organisations in their roles (organiser, supporting organisation, sponsor...).</summary>
    public IReadOnlyList<EventOrganisationResponse> Organisations { get; init; } = [];

    /// <summary>Funding programmes, each with the disclaimer that must be shown wherever the event is published.</summary>
    public IReadOnlyList<FundingNoticeResponse> FundingProgrammes { get; init; } = [];

    public Guid? ProgrammeId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version, sent as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public uint Version { get; init; }

    /// <summary>The poster as stored, before its addresses are known.</summary>
    [JsonIgnore]
    public UploadedImage? StoredPoster { get; init; }

    /// <summary>The speakers as stored, before they are described.</summary>
    [JsonIgnore]
    public IReadOnlyList<Speaker> StoredSpeakers { get; init; } = [];

    /// <summary>The sessions as stored, before their speakers are described.</summary>
    [JsonIgnore]
    public IReadOnlyList<Session> StoredSessions { get; init; } = [];

    /// <summary>The people of the directory among the speakers.</summary>
    [JsonIgnore]
    public IReadOnlyList<Guid> PersonIds { get; init; } = [];

    /// <summary>This response with its speakers and its sessions' speakers described from <paramref name="directory"/>.</summary>
    public EventResponse Describe(DirectoryEntries directory)
    {
        var day = Schedule.FirstDay();
        return this with
        {
            Speakers = [.. StoredSpeakers.Select(s => Describe(s, directory.Person(s.PersonId), day))],
            Sessions =
            [
                .. StoredSessions.Select(s => new SessionResponse
                {
                    Date = s.Day(), StartsAt = s.StartsAt, EndsAt = s.EndsAt, Title = s.Title, Description = s.Description, Room = s.Room, OnlineUrl = s.OnlineUrl,
                    // A session's speakers hold the titles of the session's day.
                    Speakers = [.. (s.Speakers ?? []).Select(speaker => Describe(speaker, directory.Person(speaker.PersonId), s.Day()))],
                }),
            ],
            StoredSpeakers = [],
            StoredSessions = [],
        };
    }

    private static SpeakerResponse Describe(Speaker speaker, Domain.People.Person? person, DateOnly? day) => new()
    {
        PersonId = speaker.PersonId,
        Role = speaker.Role,
        // A directory person cannot be deleted while an event names them, so the fallback is for a one-off guest only.
        Name = person?.Name ?? speaker.Name ?? new LocalizedText("", null),
        Honorific = speaker.Honorific ?? person?.Honorific,
        Title = speaker.Title ?? (person is not null && day is { } date && person.AppointmentsOn(date) is [var held, ..] ? held.Title : null),
        Topic = speaker.Topic,
        Remote = speaker.Remote,
    };
}
