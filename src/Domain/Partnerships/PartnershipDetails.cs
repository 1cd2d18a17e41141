using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Domain.Partnerships;

/// <summary>What an editor writes about a partnership.</summary>
public sealed record PartnershipDetails(
    Guid OrganisationId,
    OrganisationRole SccRole,
    OrganisationRole? PartnerRole,
    PartnershipScope Scope,
    DateOnly? StartDate,
    DateOnly? EndDate,
    PartnerContact? Contact,
    LocalizedText? Notes);
