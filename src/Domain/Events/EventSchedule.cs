using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>When an event happens, as precisely as it is known.</summary>
/// <param name="StartsAt">Timed events: the start, with the offset of the event's time zone.</param>
/// <param name="EndsAt">Timed events: the end.</param>
/// <param name="StartDate">All-day events: the first day; tentative events: the earliest day it may fall on.</param>
/// <param name="EndDate">All-day events: the last day (inclusive); tentative events: the latest day.</param>
/// <param name="Note">What is known, in words ("September or early October").</param>
public sealed record EventSchedule(
    ScheduleKind Kind,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    LocalizedText? Note = null)
{
    /// <summary>
    /// Checks the schedule and returns it in canonical form: instants carry the offset of
    /// <paramref name="timeZone"/>, and only the fields of its kind are kept.
    /// </summary>
    public Result<EventSchedule> Normalize(TimeZoneInfo timeZone)
    {
        if (!IsPlausible(StartsAt) || !IsPlausible(EndsAt) || !IsPlausible(StartDate) || !IsPlausible(EndDate))
            return Error.Invalid("schedule", "Dates must lie between the years 1900 and 2200.");
        switch (Kind)
        {
            case ScheduleKind.Timed:
                if (StartsAt is not { } startsAt) return Error.Invalid("schedule.startsAt", "A timed event needs startsAt.");
                if (EndsAt is not { } endsAt) return Error.Invalid("schedule.endsAt", "A timed event needs endsAt.");
                if (endsAt <= startsAt) return EventErrors.EndsBeforeStart("schedule.endsAt");
                return new EventSchedule(
                    Kind,
                    StartsAt: TimeZoneInfo.ConvertTime(startsAt, timeZone),
                    EndsAt: TimeZoneInfo.ConvertTime(endsAt, timeZone),
                    Note: Note);
            case ScheduleKind.AllDay or ScheduleKind.Tentative:
                if (StartDate is not { } startDate) return Error.Invalid("schedule.startDate", $"A {Describe(Kind)} event needs startDate.");
                var endDate = EndDate ?? startDate;
                if (endDate < startDate) return EventErrors.EndsBeforeStart("schedule.endDate");
                return new EventSchedule(Kind, StartDate: startDate, EndDate: endDate, Note: Note);
            case ScheduleKind.ToBeAnnounced:
                return new EventSchedule(Kind, Note: Note);
            default:
                return Error.Invalid("schedule.kind", "Unknown schedule kind.");
        }
    }

    /// <summary>The event's first day as its own time zone reads it; null while it has no date.</summary>
    public DateOnly? FirstDay() => StartsAt is { } startsAt ? DateOnly.FromDateTime(startsAt.DateTime) : StartDate;

    /// <summary>
    /// The span of time the event may occupy, as UTC instants: exact for timed events, whole days in the
    /// event's time zone for all-day and tentative ones, none when not yet announced. Used for filtering
    /// and ordering only; clients are shown the schedule itself.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End)? Window(TimeZoneInfo timeZone) => Kind switch
    {
        ScheduleKind.Timed when StartsAt is { } s && EndsAt is { } e => (s.ToUniversalTime(), e.ToUniversalTime()),
        ScheduleKind.AllDay or ScheduleKind.Tentative when StartDate is { } s && EndDate is { } e =>
            (StartOfDay(s, timeZone), StartOfDay(e.AddDays(1), timeZone)),
        _ => null,
    };

    private static bool IsPlausible(DateTimeOffset? instant) => instant is null || instant.Value.Year is >= 1900 and <= 2200;

    private static bool IsPlausible(DateOnly? date) => date is null || date.Value.Year is >= 1900 and <= 2200;

    /// <summary>The instant <paramref name="date"/> begins in <paramref name="timeZone"/>.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo timeZone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, timeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static string Describe(ScheduleKind kind) => kind == ScheduleKind.AllDay ? "all-day" : "tentative";
}
