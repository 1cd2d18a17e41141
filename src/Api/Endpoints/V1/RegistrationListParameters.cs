using Microsoft.AspNetCore.Mvc;
using Scc.Api.OpenApi;
using Scc.Domain.Registrations;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/events/{eventId}/registrations</c>.</summary>
public sealed class RegistrationListParameters
{
    /// <summary>One or more statuses, comma-separated: confirmed, waitlisted, pending, rejected, cancelled, attended.</summary>
    [QueryParameter(ValuesOf = typeof(RegistrationStatus), List = true)]
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    /// <summary>attendee or exhibitor (comma-separated for both).</summary>
    [QueryParameter(ValuesOf = typeof(RegistrationKind), List = true)]
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>Words in the registrant's name, email or company.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
