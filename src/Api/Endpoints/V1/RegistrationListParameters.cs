using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/events/{eventId}/registrations</c>.</summary>
/// <param name="Status">One or more statuses, comma-separated: confirmed, waitlisted, pending, rejected, cancelled, attended.</param>
/// <param name="Kind">attendee or exhibitor (comma-separated for both).</param>
/// <param name="Q">Words in the registrant's name, email or company.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
public sealed record RegistrationListParameters(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "kind")] string? Kind,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit);
