using Scc.Domain.Common;

namespace Scc.Domain.Events;

public static class EventErrors
{
    public static Error NotFound { get; } = Error.NotFound("The event");

    public static Error SpeakerWithoutPerson(int index) =>
        Error.Invalid($"speakers[{index}]", "A speaker is a person of the directory (personId) or a guest named here (name).");

    public static Error SessionOutsideEvent(int index, string field) =>
        Error.Invalid($"sessions[{index}].{field}", "A session takes place within the event's dates.");

    public static Error SessionWithoutTimes(int index) =>
        Error.Invalid($"sessions[{index}].date", "A session has its start and end (startsAt and endsAt) or, when its times are not known, its date.");

    public static Error SessionHalfTimed(int index) =>
        Error.Invalid($"sessions[{index}].endsAt", "A session has both a start and an end, or neither.");

    public static Error SessionDateDiffers(int index) =>
        Error.Invalid($"sessions[{index}].date", "A timed session's date is the day of its start in the event's time zone; leave it out or make them agree.");

    public static Error SessionWithoutPerson(int session, int speaker) =>
        Error.Invalid($"sessions[{session}].speakers[{speaker}]", "A speaker is a person of the directory (personId) or a guest named here (name).");

    public static Error SeriesNotFound { get; } = Error.Invalid("seriesId", "No event series has this id.");

    public static Error ParentNotFound { get; } = Error.Invalid("parentEventId", "No event has this id.");

    public static Error ParentIsSelf { get; } = Error.Invalid("parentEventId", "An event cannot be part of itself.");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("slug_taken", $"Another event already has the slug '{slug}'.");

    public static Error EndsBeforeStart(string field) =>
        Error.Invalid(field, "The end must be after the start.");

    public static Error UnknownTimeZone(string timeZone) =>
        Error.Invalid("timeZone", $"'{timeZone}' is not an IANA time zone id.");

    public static Error InvalidTransition(EventStatus from, string action) =>
        Error.Conflict("invalid_transition", $"A {from.ToString().ToLowerInvariant()} event cannot be {action}.");

    public static Error HasLiveRegistrations { get; } =
        Error.Conflict("invalid_transition", "An event with live registrations cannot be unpublished: its registrants would lose it. Cancel it instead.");

    public static Error DeletedWithLiveRegistrations { get; } =
        Error.Conflict("event_has_live_registrations",
            "An event with live registrations cannot be deleted: its registrants would lose it. Keep it cancelled, or cancel the registrations first.");

    public static Error NotDeletable(EventStatus status) =>
        Error.Conflict("event_not_deletable", $"A {status.ToString().ToLowerInvariant()} event cannot be deleted; cancel it first.");
}
