namespace Scc.Application.Delegations.ChangeDelegationStatus;

public enum DelegationTransition
{
    Publish,
    Cancel,
}
