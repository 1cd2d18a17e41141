using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Partnerships.ListPartnerships;

/// <summary>Partnerships by slug, filtered by partner, SCC's role, year and whether they are active today.</summary>
/// <param name="IncludeContact">For staff: the partner's contact person is personal data, shown to no one else.</param>
public sealed record ListPartnershipsQuery(
    Guid? OrganisationId = null, string? Role = null, int? Year = null, bool? Active = null, string? Cursor = null, int? Limit = null, bool IncludeContact = false)
    : IQuery<Page<PartnershipResponse>>;
