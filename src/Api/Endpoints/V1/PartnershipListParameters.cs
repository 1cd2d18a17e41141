using Microsoft.AspNetCore.Mvc;
using Scc.Api.OpenApi;
using Scc.Domain.Organisations;

namespace Scc.Api.Endpoints.V1;

/// <summary>The query string of <c>GET /api/v1/partnerships</c>.</summary>
public sealed class PartnershipListParameters
{
    /// <summary>Partnerships with this organisation.</summary>
    [FromQuery(Name = "organisationId")]
    public Guid? OrganisationId { get; init; }

    /// <summary>SCC's part, comma-separated: organiser, coOrganiser, supportingOrganisation, collaboratingOrganisation, sponsor, funder, operator, establisher.</summary>
    [QueryParameter(ValuesOf = typeof(OrganisationRole), List = true)]
    [FromQuery(Name = "role")]
    public string? Role { get; init; }

    /// <summary>Partnerships whose dates overlap this year.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    /// <summary>true: active today; false: upcoming or ended.</summary>
    [FromQuery(Name = "active")]
    public bool? Active { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>Page size, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }
}
