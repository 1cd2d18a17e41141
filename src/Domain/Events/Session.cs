using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>
/// One part of an event's agenda: a talk, a panel, a day's workshop. Its times are kept in the event's time zone
/// (the offset the zone has at that moment), whatever offset they were written with. A session whose clock times are
/// not known has its day alone (<paramref name="Date"/>); a timed session's day is derived from its start.
/// </summary>
/// <param name="Room">Where in the venue: a hall, a room, a stage.</param>
/// <param name="OnlineUrl">Where to follow this session online, when it differs from the event's link.</param>
/// <param name="Date">The session's day in the event's time zone.</param>
public sealed record Session(
    LocalizedText Title, DateOnly? Date = null, DateTimeOffset? StartsAt = null, DateTimeOffset? EndsAt = null,
    LocalizedText? Description = null, IReadOnlyList<Speaker>? Speakers = null, LocalizedText? Room = null, Uri? OnlineUrl = null)
{
    /// <summary>The session's day in the event's zone: its date, else the day of its start.</summary>
    public DateOnly Day() => Date ?? DateOnly.FromDateTime(StartsAt.GetValueOrDefault().DateTime);
}
