using Microsoft.AspNetCore.Mvc;
using Scc.Api.OpenApi;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/delegations</c>.</summary>
public sealed class DelegationListParameters
{
    /// <summary>Delegations visiting this country: an ISO 3166-1 alpha-2 code such as TH.</summary>
    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    /// <summary>Delegations visiting this city, named in English or Chinese (case-insensitive, whole name).</summary>
    [FromQuery(Name = "city")]
    public string? City { get; init; }

    /// <summary>upcoming, past or all (default all), by the end date against today in Hong Kong.</summary>
    [QueryParameter(Values = ["upcoming", "past", "all"])]
    [FromQuery(Name = "when")]
    public string? When { get; init; }

    /// <summary>Delegations that end on or after this date (yyyy-MM-dd).</summary>
    [QueryParameter(Format = "date")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Delegations that start on or before this date (yyyy-MM-dd).</summary>
    [QueryParameter(Format = "date")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Delegations this person takes part in.</summary>
    [FromQuery(Name = "personId")]
    public Guid? PersonId { get; init; }

    /// <summary>Delegations this organisation takes part in or hosts a visit of.</summary>
    [FromQuery(Name = "organisationId")]
    public Guid? OrganisationId { get; init; }

    /// <summary>startDate (default) or -startDate.</summary>
    [QueryParameter(Values = ["startDate", "-startDate"])]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
