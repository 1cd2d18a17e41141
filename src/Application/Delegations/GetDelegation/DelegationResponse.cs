using Scc.Application.Common;
using System.Text.Json.Serialization;
using Scc.Application.Common.Lookups;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Events;

namespace Scc.Application.Delegations.GetDelegation;

/// <summary>A delegation as the API returns it.</summary>
public sealed record DelegationResponse : IVersioned
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required DelegationStatus Status { get; init; }

    /// <summary>Why the delegation was cancelled.</summary>
    public LocalizedText? StatusNote { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the publication schedule publishes this draft (staff set it); null once published or when none is planned.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Purpose { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>IANA time zone of the places visited.</summary>
    public required string TimeZone { get; init; }

    public required DateOnly StartDate { get; init; }

    public required DateOnly EndDate { get; init; }

    public required IReadOnlyList<Destination> Destinations { get; init; }

    /// <summary>Each participant with its name, and for a person the honorific and titles held on the start date.</summary>
    public IReadOnlyList<ParticipantResponse> Participants { get; init; } = [];

    public required IReadOnlyList<ItineraryItem> Itinerary { get; init; }

    public required IReadOnlyList<Outcome> Outcomes { get; init; }

    public required IReadOnlyList<LocalizedText> Highlights { get; init; }

    public required IReadOnlyList<Guid> RelatedEventIds { get; init; }

    /// <summary>MoUs signed during the delegation or following it up (published ones only, for anonymous readers).</summary>
    public IReadOnlyList<Guid> MouIds { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version, sent as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public uint Version { get; init; }

    /// <summary>The participants as stored, before they are described.</summary>
    [JsonIgnore]
    public IReadOnlyList<Participant> StoredParticipants { get; init; } = [];

    /// <summary>This response with its participants described from <paramref name="directory"/>.</summary>
    public DelegationResponse Describe(DirectoryEntries directory, IReadOnlyList<Guid> mouIds) => this with
    {
        MouIds = mouIds,
        Participants = [.. StoredParticipants.Select(p => Describe(p, directory))],
        StoredParticipants = [],
    };

    private ParticipantResponse Describe(Participant participant, DirectoryEntries directory)
    {
        var person = directory.Person(participant.PersonId);
        var organisation = directory.Organisation(participant.OrganisationId);
        return new ParticipantResponse
        {
            PersonId = participant.PersonId,
            OrganisationId = participant.OrganisationId,
            Role = participant.Role,
            Group = participant.Group,
            Name = person?.Name ?? organisation?.Name,
            Honorific = person?.Honorific,
            Titles = person is null ? [] : [.. person.AppointmentsOn(StartDate).Select(a => a.Title)],
            Acronym = organisation?.Acronym,
        };
    }
}
