using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Organisations.ListOrganisations;

/// <summary>Organisations by slug; <c>q</c> matches the acronym or the name in either language.</summary>
public sealed record ListOrganisationsQuery(string? Q = null, string? Kind = null, string? CountryCode = null, string? Cursor = null, int? Limit = null)
    : IQuery<Page<OrganisationResponse>>;
