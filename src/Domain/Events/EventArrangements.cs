using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>
/// What a registrant plans around: whether the event is on, when (in which zone) and where, in person or online.
/// A change to any of these is e-mailed to everyone registered (<see cref="EventChange"/>).
/// </summary>
public sealed record EventArrangements(
    EventStatus Status, LocalizedText? StatusNote, EventSchedule Schedule, string TimeZone, Venue? Venue, Uri? OnlineUrl)
{
    /// <summary>True when a registrant would plan differently: the status, the dates and times, the zone, the venue or the link changed (not notes alone).</summary>
    public bool DiffersForRegistrants(EventArrangements other) =>
        Status != other.Status || Schedule with { Note = null } != other.Schedule with { Note = null } ||
        TimeZone != other.TimeZone || Venue != other.Venue || OnlineUrl != other.OnlineUrl;
}

/// <summary>A change registrants are told of: the arrangements before the first change of the save and after the last.</summary>
/// <param name="CalendarSequence">The event's calendar SEQUENCE after the change, for the updated <c>.ics</c>.</param>
public sealed record EventChange(EventArrangements Before, EventArrangements After, int CalendarSequence);
