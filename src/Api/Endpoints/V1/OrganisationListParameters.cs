using Microsoft.AspNetCore.Mvc;
using Scc.Api.OpenApi;
using Scc.Domain.Organisations;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/organisations</c>.</summary>
public sealed class OrganisationListParameters
{
    /// <summary>Words of the acronym or of the name, in either language.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>One or more kinds, comma-separated: governmentBody, statutoryBody, tradeAssociation, professionalBody, academic, company, ngo, foreignAgency, other.</summary>
    [QueryParameter(ValuesOf = typeof(OrganisationKind), List = true)]
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code, e.g. HK.</summary>
    [FromQuery(Name = "countryCode")]
    public string? CountryCode { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
