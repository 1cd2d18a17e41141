namespace Scc.Application.Feeds;

/// <summary>One part of an event's agenda in the feed's language, its times in the event's time zone.</summary>
public sealed record FeedSession(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Title, string? Room);
