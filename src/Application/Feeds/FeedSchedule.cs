using Scc.Domain.Events;

namespace Scc.Application.Feeds;

/// <summary>When the event happens, as in the events API, with its note in the feed's language.</summary>
/// <param name="StartsAt">Timed events: the start, with the offset of the event's time zone.</param>
/// <param name="EndsAt">Timed events: the end.</param>
/// <param name="StartDate">All-day events: the first day; tentative events: the earliest day it may fall on.</param>
/// <param name="EndDate">All-day events: the last day (inclusive); tentative events: the latest day.</param>
/// <param name="Note">What is known, in words ("September or early October").</param>
public sealed record FeedSchedule(
    ScheduleKind Kind,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Note);
