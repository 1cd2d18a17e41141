using Scc.Domain.Common;

namespace Scc.Domain.Registrations;

public static class RegistrationErrors
{
    public static Error NotFound { get; } = Error.NotFound("The registration");

    public static Error Closed { get; } =
        Error.Conflict("registration_closed", "Registration for this event is not open.");

    public static Error Full { get; } =
        Error.Conflict("event_full", "The event is full and has no waiting list.");

    public static Error AlreadyRegistered { get; } =
        Error.Conflict("already_registered", "This email address is already registered for this event.");

    public static Error KindNotOffered(RegistrationKind kind) =>
        Error.Invalid("kind", $"This event does not take {(kind == RegistrationKind.Exhibitor ? "exhibitor applications" : "attendee registrations")}.");

    public static Error ExhibitorDetailsRequired { get; } =
        Error.Invalid("exhibitor", "An exhibitor application needs the company name and the technology to exhibit.");

    public static Error StatementVersionMismatch(string expected) =>
        Error.Invalid("consent.statementVersion", $"The privacy statement in force is version '{expected}'; show it and ask for consent again.");

    public static Error InvalidTransition(RegistrationStatus from, string action) =>
        Error.Conflict("invalid_transition", $"A {from.ToString().ToLowerInvariant()} registration cannot be {action}.");

    public static Error BoothsFull(int booths) =>
        Error.Conflict("booths_full", $"All {booths} exhibitor booths are taken; raise the event's registration.exhibitorBooths before approving another application.");

    public static Error NotFoundByCheckInCode { get; } =
        Error.NotFound("A registration with this check-in code");

    /// <summary>Says only that the code is another event's: which one, or whose it is, is not for this door.</summary>
    public static Error CheckInCodeOfAnotherEvent { get; } =
        new("check_in_wrong_event", "This check-in code belongs to another event; nobody was checked in.", ErrorKind.Unprocessable);

    public static Error Erased { get; } =
        Error.Conflict("registration_erased", "This registration's personal data was erased; it cannot be changed.");
}
