using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/funding-programmes</c>.</summary>
public sealed class FundingProgrammeListParameters
{
    /// <summary>Words in the name (either language) or the acronym, any case.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
