using Scc.Domain.Common;

namespace Scc.Domain.Mous;

public static class MouErrors
{
    public static Error NotFound { get; } = Error.NotFound("The MoU");

    public static Error TooFewParties { get; } = Error.Invalid("parties", "An MoU binds at least two different organisations, each named once.");

    public static Error ExpiresBeforeEffective { get; } =
        Error.Invalid("expiresOn", "An MoU cannot expire before it takes effect (effectiveFrom, else signedOn).");

    public static Error TerminatedBeforeSigned { get; } =
        Error.Invalid("terminatedOn", "An MoU cannot be terminated before it was signed.");

    public static Error AlreadyTerminated { get; } =
        Error.Conflict("invalid_transition", "The MoU is already terminated.");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("slug_taken", $"Another MoU already has the slug '{slug}'.");

    public static Error InvalidTransition(MouVisibility from, string action) =>
        Error.Conflict("invalid_transition", $"A {from.ToString().ToLowerInvariant()} MoU cannot be {action}.");

    public static Error NotDeletable { get; } =
        Error.Conflict("mou_not_deletable", "A published MoU cannot be deleted; terminate it instead.");
}
