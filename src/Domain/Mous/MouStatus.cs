namespace Scc.Domain.Mous;

/// <summary>Where an MoU stands in its term on a given day; derived from its dates, never set.</summary>
public enum MouStatus
{
    /// <summary>Signed, but not yet in effect.</summary>
    Pending,
    Active,
    Expired,
    Terminated,
}
