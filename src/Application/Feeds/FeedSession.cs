namespace Scc.Application.Feeds;

/// <summary>
/// One part of an event's agenda in the feed's language, its day and times in the event's time zone (the times are null
/// when not known).
/// </summary>
public sealed record FeedSession(DateOnly Date, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string Title, string? Room);
