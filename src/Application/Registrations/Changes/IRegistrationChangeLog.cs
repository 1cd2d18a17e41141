namespace Scc.Application.Registrations.Changes;

/// <summary>
/// The rows of <c>registration_changes</c> that are safe to hand out (port; implemented in Infrastructure). A database
/// trigger writes one row in the transaction of every insert or update of a registration; only changes of
/// transactions older than every transaction still running are read, so a change that commits later can never land
/// behind a cursor already handed out (ADR 8).
/// </summary>
public interface IRegistrationChangeLog
{
    /// <summary>Up to <paramref name="take"/> changes after <paramref name="after"/>, in (transaction, id) order.</summary>
    Task<IReadOnlyList<RegistrationChangeRow>> ReadAsync(ChangeCursor after, Guid? eventId, int take, CancellationToken cancellationToken);
}

/// <summary>One change as read, with its writing transaction's id for the cursor.</summary>
public sealed record RegistrationChangeRow(
    long Id, long TransactionId, Guid RegistrationId, Guid EventId, string Change, string Status, string Kind,
    int? WaitlistPosition, string? ExternalReference, DateTimeOffset OccurredAt);
