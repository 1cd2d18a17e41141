using Scc.Domain.Common;

namespace Scc.Domain.Delegations;

/// <summary>A person or an organisation taking part in a delegation; exactly one of the two ids is set.</summary>
/// <param name="Group">Which delegation the participant belongs to, when a visit joins several (the duty visit of 7-9 August 2023).</param>
public sealed record Participant(ParticipantRole Role, Guid? PersonId = null, Guid? OrganisationId = null, LocalizedText? Group = null);
