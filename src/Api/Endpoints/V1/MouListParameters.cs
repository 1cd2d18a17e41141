using Microsoft.AspNetCore.Mvc;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/mous</c>.</summary>
/// <param name="PartyId">MoUs this organisation is a party to.</param>
/// <param name="Status">pending, active, expired or terminated, as of today in Hong Kong.</param>
/// <param name="SignedFrom">MoUs signed on or after this date (yyyy-MM-dd).</param>
/// <param name="SignedTo">MoUs signed on or before this date (yyyy-MM-dd).</param>
/// <param name="Sort">-signedOn (default, latest first) or signedOn.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="Limit">Page size, 1 to 100 (default 20).</param>
public sealed record MouListParameters(
    [FromQuery(Name = "partyId")] Guid? PartyId,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "signedFrom")] string? SignedFrom,
    [FromQuery(Name = "signedTo")] string? SignedTo,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "limit")] int? Limit);
