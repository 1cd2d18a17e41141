using Mediator;
using Scc.Application.Delegations.GetDelegation;
using Scc.Domain.Common;

namespace Scc.Application.Delegations.ChangeDelegationStatus;

/// <summary>Publishes or cancels a delegation, as far as its current status allows.</summary>
public sealed record ChangeDelegationStatusCommand(Guid Id, DelegationTransition Transition, LocalizedText? Note, uint? ExpectedVersion)
    : ICommand<Result<DelegationResponse>>;
