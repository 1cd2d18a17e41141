namespace Scc.Domain.Mous;

/// <summary>An organisation bound by an MoU, and who signed for it.</summary>
public sealed record MouParty(Guid OrganisationId, Signatory? Signatory = null);
