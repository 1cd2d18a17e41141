namespace Scc.Domain.Events;

public enum ScheduleKind
{
    /// <summary>Known start and end instants.</summary>
    Timed,

    /// <summary>One or more whole days in the event's time zone.</summary>
    AllDay,

    /// <summary>Known only roughly: somewhere between two dates; never shown as a precise day.</summary>
    Tentative,

    /// <summary>No date yet.</summary>
    ToBeAnnounced,
}
