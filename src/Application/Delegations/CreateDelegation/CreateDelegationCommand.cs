using Mediator;
using Scc.Application.Delegations.GetDelegation;
using Scc.Domain.Common;

namespace Scc.Application.Delegations.CreateDelegation;

/// <summary>Creates a draft delegation.</summary>
public sealed record CreateDelegationCommand : DelegationBody, ICommand<Result<DelegationResponse>>;
