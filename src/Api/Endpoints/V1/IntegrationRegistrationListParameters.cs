using Microsoft.AspNetCore.Mvc;
using Scc.Api.OpenApi;
using Scc.Domain.Registrations;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/registrations</c>.</summary>
public sealed class IntegrationRegistrationListParameters
{
    /// <summary>Only this event's registrations.</summary>
    [FromQuery(Name = "eventId")]
    public Guid? EventId { get; init; }

    /// <summary>One or more statuses, comma-separated: confirmed, waitlisted, pending, rejected, cancelled, attended.</summary>
    [QueryParameter(ValuesOf = typeof(RegistrationStatus), List = true)]
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    /// <summary>attendee or exhibitor (comma-separated for both).</summary>
    [QueryParameter(ValuesOf = typeof(RegistrationKind), List = true)]
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>Only registrations changed at or after this instant (ISO 8601 with offset). To follow every change, use the changes feed instead.</summary>
    [FromQuery(Name = "updatedSince")]
    public DateTimeOffset? UpdatedSince { get; init; }

    /// <summary>Words in the registrant's name, email or company, or an exact external reference.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
