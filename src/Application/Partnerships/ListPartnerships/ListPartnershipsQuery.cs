using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Partnerships.ListPartnerships;

/// <summary>Partnerships by slug, filtered by partner, SCC's role, year and whether they are active today.</summary>
public sealed record ListPartnershipsQuery(Guid? OrganisationId = null, string? Role = null, int? Year = null, bool? Active = null, string? Cursor = null, int? Limit = null)
    : IQuery<Page<PartnershipResponse>>;
