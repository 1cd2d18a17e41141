using Mediator;
using Scc.Application.Common.Paging;

namespace Scc.Application.Delegations.ListDelegations;

/// <summary>A page of delegations. Filters arrive as the client wrote them and are checked by the validator.</summary>
public sealed record ListDelegationsQuery(
    string? Country = null,
    string? City = null,
    string? When = null,
    string? From = null,
    string? To = null,
    Guid? PersonId = null,
    Guid? OrganisationId = null,
    string? Sort = null,
    string? Cursor = null,
    int? Limit = null,
    bool IncludeUnpublished = false) : IQuery<Page<DelegationSummary>>;
