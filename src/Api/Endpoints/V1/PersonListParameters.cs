using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/people</c>.</summary>
public sealed class PersonListParameters
{
    /// <summary>Words in the name, in either language, any case.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>People with an appointment (past, present or future) at this organisation.</summary>
    [FromQuery(Name = "organisationId")]
    public Guid? OrganisationId { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
