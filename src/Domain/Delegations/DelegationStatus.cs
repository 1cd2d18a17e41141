namespace Scc.Domain.Delegations;

/// <summary>Editorial status; whether a delegation is past or upcoming follows from its dates.</summary>
public enum DelegationStatus
{
    Draft,
    Published,
    Cancelled,
}
