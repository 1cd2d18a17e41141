using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/people</c>.</summary>
/// <param name="Q">Words in the name, in either language, any case.</param>
/// <param name="OrganisationId">People with an appointment (past, present or future) at this organisation.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
public sealed record PersonListParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit);
