using Scc.Domain.Common;

namespace Scc.Domain.Mous;

/// <summary>Everything an editor writes about an MoU; visibility, termination and identity are not part of it.</summary>
public sealed record MouContent(
    LocalizedText Title,
    LocalizedText? Purpose,
    LocalizedText? Scope,
    IReadOnlyList<MouParty> Parties,
    DateOnly SignedOn,
    SigningPlace? SignedAt,
    Guid? SignedAtEventId,
    Guid? DelegationId,
    Guid? FacilitatorOrganisationId,
    DateOnly? EffectiveFrom,
    DateOnly? ExpiresOn,
    IReadOnlyList<Guid> FollowUpEventIds,
    IReadOnlyList<Guid> FollowUpDelegationIds);
