using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/programmes</c>.</summary>
public sealed class ProgrammeListParameters
{
    /// <summary>Programmes in which this organisation plays any part.</summary>
    [FromQuery(Name = "organisationId")]
    public Guid? OrganisationId { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
