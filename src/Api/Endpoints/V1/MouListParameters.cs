using Microsoft.AspNetCore.Mvc;
using Scc.Api.OpenApi;
using Scc.Domain.Mous;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/mous</c>.</summary>
public sealed class MouListParameters
{
    /// <summary>MoUs this organisation is a party to.</summary>
    [FromQuery(Name = "partyId")]
    public Guid? PartyId { get; init; }

    /// <summary>pending, active, expired or terminated, as of today in Hong Kong.</summary>
    [QueryParameter(ValuesOf = typeof(MouStatus))]
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    /// <summary>MoUs signed on or after this date (yyyy-MM-dd).</summary>
    [QueryParameter(Format = "date")]
    [FromQuery(Name = "signedFrom")]
    public string? SignedFrom { get; init; }

    /// <summary>MoUs signed on or before this date (yyyy-MM-dd).</summary>
    [QueryParameter(Format = "date")]
    [FromQuery(Name = "signedTo")]
    public string? SignedTo { get; init; }

    /// <summary>-signedOn (default, latest first) or signedOn.</summary>
    [QueryParameter(Values = ["-signedOn", "signedOn"])]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
