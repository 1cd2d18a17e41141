using Scc.Application.Common;
using System.Text.Json.Serialization;
using Scc.Application.Common.Lookups;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.GetMou;

/// <summary>An MoU as the API returns it.</summary>
public sealed record MouResponse : IVersioned
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    /// <summary>Editorial status: draft (staff only) or published.</summary>
    public required MouVisibility Visibility { get; init; }

    /// <summary>Where the MoU stands in its term today (Hong Kong): pending, active, expired or terminated.</summary>
    public MouStatus Status { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the publication schedule publishes this draft (staff set it); null once published or when none is planned.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Purpose { get; init; }

    public LocalizedText? Scope { get; init; }

    public IReadOnlyList<MouPartyResponse> Parties { get; init; } = [];

    public required DateOnly SignedOn { get; init; }

    public SigningPlace? SignedAt { get; init; }

    public Guid? SignedAtEventId { get; init; }

    public Guid? DelegationId { get; init; }

    public Guid? FacilitatorOrganisationId { get; init; }

    /// <summary>The facilitator's name and acronym.</summary>
    public OrganisationReference? Facilitator { get; init; }

    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public DateOnly? TerminatedOn { get; init; }

    public LocalizedText? TerminationNote { get; init; }

    public required IReadOnlyList<Guid> FollowUpEventIds { get; init; }

    public required IReadOnlyList<Guid> FollowUpDelegationIds { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version, sent as the ETag header rather than in the body.</summary>
    [JsonIgnore]
    public uint Version { get; init; }

    /// <summary>The parties as stored, before they are described.</summary>
    [JsonIgnore]
    public IReadOnlyList<MouParty> StoredParties { get; init; } = [];

    /// <summary>This response with its parties described and its status as of <paramref name="today"/>.</summary>
    public MouResponse Describe(DirectoryEntries directory, DateOnly today) => this with
    {
        Status = Mou.StatusOn(today, SignedOn, EffectiveFrom, ExpiresOn, TerminatedOn),
        Parties = [.. StoredParties.Select(p => MouPartyResponse.From(p, SignedOn, directory))],
        Facilitator = directory.OrganisationReference(FacilitatorOrganisationId),
        StoredParties = [],
    };
}
