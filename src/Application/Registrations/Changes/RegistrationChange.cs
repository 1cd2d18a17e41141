namespace Scc.Application.Registrations.Changes;

/// <summary>
/// One row of <c>registration_changes</c>: written by a database trigger in the same transaction as every insert
/// or update of a registration, with that transaction's id (<see cref="TransactionId"/>). Holds no personal data:
/// the changes feed is read from it, and readers fetch the registration itself when they need the person.
/// </summary>
public sealed class RegistrationChange
{
    public long Id { get; private set; }

    /// <summary><c>pg_current_xact_id()</c> of the writing transaction (PostgreSQL <c>xid8</c>).</summary>
    public ulong TransactionId { get; private set; }

    public Guid RegistrationId { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>created, updated, cancelled or erased.</summary>
    public string Change { get; private set; } = null!;

    /// <summary>The registration's status after the change (as stored: Confirmed, Waitlisted...).</summary>
    public string Status { get; private set; } = null!;

    public string Kind { get; private set; } = null!;

    public int? WaitlistPosition { get; private set; }

    public string? ExternalReference { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
}
