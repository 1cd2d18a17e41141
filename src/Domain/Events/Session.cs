using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>
/// One part of an event's agenda: a talk, a panel, a day's workshop. Its times are kept in the event's time zone
/// (the offset the zone has at that moment), whatever offset they were written with.
/// </summary>
/// <param name="Room">Where in the venue: a hall, a room, a stage.</param>
/// <param name="OnlineUrl">Where to follow this session online, when it differs from the event's link.</param>
public sealed record Session(
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, LocalizedText Title, LocalizedText? Description = null,
    IReadOnlyList<Speaker>? Speakers = null, LocalizedText? Room = null, Uri? OnlineUrl = null);
