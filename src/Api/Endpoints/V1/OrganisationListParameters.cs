using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/organisations</c>.</summary>
/// <param name="Q">Words of the acronym or of the name, in either language.</param>
/// <param name="Kind">One or more kinds, comma-separated: governmentBody, statutoryBody, tradeAssociation, professionalBody, academic, company, ngo, foreignAgency, other.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, e.g. HK.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
public sealed record OrganisationListParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "kind")] string? Kind,
    [FromQuery(Name = "countryCode")] string? CountryCode,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit);
