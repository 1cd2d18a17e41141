using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/delegations</c>.</summary>
/// <param name="Country">Delegations visiting this country: an ISO 3166-1 alpha-2 code such as TH.</param>
/// <param name="City">Delegations visiting this city, named in English or Chinese (case-insensitive, whole name).</param>
/// <param name="When">upcoming, past or all (default all), by the end date against today in Hong Kong.</param>
/// <param name="From">Delegations that end on or after this date (yyyy-MM-dd).</param>
/// <param name="To">Delegations that start on or before this date (yyyy-MM-dd).</param>
/// <param name="PersonId">Delegations this person takes part in.</param>
/// <param name="OrganisationId">Delegations this organisation takes part in or hosts a visit of.</param>
/// <param name="Sort">startDate (default) or -startDate.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
public sealed record DelegationListParameters(
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "city")] string? City,
    [FromQuery(Name = "when")] string? When,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "personId")] Guid? PersonId,
    [FromQuery(Name = "organisationId")] Guid? OrganisationId,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit);
