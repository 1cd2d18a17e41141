using Scc.Domain.Common;

namespace Scc.Application.Digests;

/// <summary>A person in a digest item, with the title held at the time.</summary>
/// <param name="PersonId">Set for people of the directory; null for a one-off guest named only on the event.</param>
/// <param name="Role">speaker, guestOfHonour, judge, headOfJudges...; leader or member of a delegation; signatory of an MoU.</param>
/// <param name="Organisation">Where the title is held, when known.</param>
/// <param name="Group">For a visit joining several delegations, the one the person belongs to.</param>
public sealed record DigestPerson(
    Guid? PersonId, LocalizedText Name, string? Honorific, LocalizedText? Title, string Role,
    DigestOrganisation? Organisation = null, LocalizedText? Group = null);
