using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/registrations</c>.</summary>
/// <param name="EventId">Only this event's registrations.</param>
/// <param name="Status">One or more statuses, comma-separated: confirmed, waitlisted, pending, rejected, cancelled, attended.</param>
/// <param name="Kind">attendee or exhibitor (comma-separated for both).</param>
/// <param name="UpdatedSince">Only registrations changed at or after this instant (ISO 8601 with offset). To follow every change, use the changes feed instead.</param>
/// <param name="Q">Words in the registrant's name, email or company, or an exact external reference.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
public sealed record IntegrationRegistrationListParameters(
    [FromQuery(Name = "eventId")] Guid? EventId,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "kind")] string? Kind,
    [FromQuery(Name = "updatedSince")] DateTimeOffset? UpdatedSince,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit);
