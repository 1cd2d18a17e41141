namespace Scc.Domain.Events;

public enum EventFormat
{
    InPerson,
    Online,
    Hybrid,
}
