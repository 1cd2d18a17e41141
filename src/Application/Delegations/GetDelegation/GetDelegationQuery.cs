using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Delegations.GetDelegation;

/// <summary>One delegation by id or by slug; anonymous readers see published ones only.</summary>
public sealed record GetDelegationQuery(Guid? Id, string? Slug, bool IncludeUnpublished) : IQuery<Result<DelegationResponse>>;
