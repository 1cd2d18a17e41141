using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.BulkUpsertRegistrations;

/// <summary>One result per item, in the order sent.</summary>
public sealed record BulkUpsertResult(IReadOnlyList<BulkItemResult> Items);

/// <summary>What happened to one item.</summary>
/// <param name="Index">The item's place in the request, from 0.</param>
/// <param name="RegistrationId">The registration, unless the item failed before one existed.</param>
/// <param name="Status">The registration's status after the item, unless it failed before one existed.</param>
/// <param name="Error">For outcome error: the problem code (event_full, already_registered, invalid_transition...), detail and field.</param>
public sealed record BulkItemResult(
    int Index,
    string ExternalReference,
    BulkOutcome Outcome,
    Guid? RegistrationId = null,
    RegistrationStatus? Status = null,
    int? WaitlistPosition = null,
    BulkItemError? Error = null);

/// <param name="Field">The field of the item at fault, for validation failures.</param>
public sealed record BulkItemError(string Code, string Detail, string? Field = null);

public enum BulkOutcome
{
    Created,
    Updated,
    Unchanged,
    Error,
}
