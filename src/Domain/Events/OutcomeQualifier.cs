namespace Scc.Domain.Events;

/// <summary>How exact a reported figure is ("over 2,000", "about 57%").</summary>
public enum OutcomeQualifier
{
    Exactly,
    About,
    MoreThan,
    LessThan,
}
