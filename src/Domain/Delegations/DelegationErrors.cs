using Scc.Domain.Common;

namespace Scc.Domain.Delegations;

public static class DelegationErrors
{
    public static Error NotFound { get; } = Error.NotFound("The delegation");

    public static Error EndsBeforeStart { get; } = Error.Invalid("endDate", "The end date must not be before the start date.");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("slug_taken", $"Another delegation already has the slug '{slug}'.");

    public static Error UnknownTimeZone(string timeZone) =>
        Error.Invalid("timeZone", $"'{timeZone}' is not an IANA time zone id.");

    public static Error ParticipantReference(int index) =>
        Error.Invalid($"participants[{index}]", "Give exactly one of personId and organisationId.");

    public static Error ItineraryOutsideDates(int index) =>
        Error.Invalid($"itinerary[{index}].date", "The date must be within the delegation's start and end dates.");

    public static Error InvalidTransition(DelegationStatus from, string action) =>
        Error.Conflict("invalid_transition", $"A {from.ToString().ToLowerInvariant()} delegation cannot be {action}.");

    public static Error NotDeletable(DelegationStatus status) =>
        Error.Conflict("delegation_not_deletable", $"A {status.ToString().ToLowerInvariant()} delegation cannot be deleted; cancel it first.");
}
