using Scc.Domain.Common;

namespace Scc.Application.Digests;

/// <summary>An organisation in its part in a digest item.</summary>
/// <param name="Role">organiser, coOrganiser, supportingOrganisation, collaboratingOrganisation, sponsor, funder, operator, establisher; party or facilitator of an MoU; organiser, member or host of a delegation.</param>
public sealed record DigestOrganisation(Guid Id, string Role, LocalizedText? Name, string? Acronym);
