namespace Scc.Domain.Events;

public enum OutcomeUnit
{
    Count,
    Percent,
}
