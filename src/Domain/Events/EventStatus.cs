namespace Scc.Domain.Events;

/// <summary>Editorial status. Whether an event is past or upcoming follows from its dates, not from this.</summary>
public enum EventStatus
{
    Draft,
    Published,
    Postponed,
    Cancelled,
}
