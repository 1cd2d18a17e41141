namespace Scc.Application.Delegations.UpdateDelegation;

public sealed class UpdateDelegationValidator : DelegationBodyValidator<UpdateDelegationCommand>;
