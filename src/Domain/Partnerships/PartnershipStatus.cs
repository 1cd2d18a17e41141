namespace Scc.Domain.Partnerships;

/// <summary>Derived from the dates: a partnership is upcoming, active or ended on a given day.</summary>
public enum PartnershipStatus
{
    Upcoming,
    Active,
    Ended,
}
