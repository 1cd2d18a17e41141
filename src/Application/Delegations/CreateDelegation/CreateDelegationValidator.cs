namespace Scc.Application.Delegations.CreateDelegation;

public sealed class CreateDelegationValidator : DelegationBodyValidator<CreateDelegationCommand>;
