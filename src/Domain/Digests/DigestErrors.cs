using Scc.Domain.Common;

namespace Scc.Domain.Digests;

public static class DigestErrors
{
    public static Error NotFound { get; } = Error.NotFound("The digest");

    public static Error PeriodEndsBeforeStart { get; } = Error.Invalid("to", "The period cannot end before it starts.");

    public static Error AsOfOutsidePeriod { get; } = Error.Invalid("asOf", "asOf must lie within the period (from ≤ asOf ≤ to).");

    public static Error ItemChosenTwice(int index) =>
        Error.Invalid($"items[{index}]", "The same item is listed twice.");

    public static Error ItemNotInDigest(int index) =>
        Error.Invalid($"items[{index}]", "This item is not in the digest for its period: only items the period brings in can be pinned, ordered or left out.");

    public static Error NotEditable { get; } =
        Error.Conflict("digest_published", "A published digest has been sent and can no longer be edited.");

    public static Error InvalidTransition(DigestStatus from, string action) =>
        Error.Conflict("invalid_transition", $"A {from.ToString().ToLowerInvariant()} digest cannot be {action}.");

    public static Error NotDeletable { get; } =
        Error.Conflict("digest_not_deletable", "A published digest is a public record and cannot be deleted.");

    public static Error SlugTaken(string slug) =>
        Error.Conflict("slug_taken", $"Another digest already has the slug '{slug}'.");
}
