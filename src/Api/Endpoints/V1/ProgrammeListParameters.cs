using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/programmes</c>.</summary>
/// <param name="OrganisationId">Programmes in which this organisation plays any part.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
public sealed record ProgrammeListParameters(
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit);
