using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/partnerships</c>.</summary>
/// <param name="OrganisationId">Partnerships with this organisation.</param>
/// <param name="Role">SCC's part, comma-separated: organiser, coOrganiser, supportingOrganisation, collaboratingOrganisation, sponsor, funder, operator, establisher.</param>
/// <param name="Year">Partnerships whose dates overlap this year.</param>
/// <param name="Active">true: active today; false: upcoming or ended.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
public sealed record PartnershipListParameters(
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "role")] string? Role,
    [FromQuery(Name = "year")] int? Year,
    [FromQuery(Name = "active")] bool? Active,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit);
