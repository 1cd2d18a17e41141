namespace Scc.Domain.Common;

/// <summary>
/// Content an editor deletes into the trash (ADR 25): the row stays, hidden from every read, until it is restored as it
/// was or purged for good after the trash period.
/// </summary>
public abstract class TrashableEntity(Guid id) : Entity(id)
{
    /// <summary>When it was moved to the trash; null while it is in use.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>Who moved it to the trash: the staff user's subject or the API key's id, as the audit log names them.</summary>
    public string? DeletedBy { get; private set; }

    public bool IsTrashed => DeletedAt is not null;

    public void MoveToTrash(DateTimeOffset now, string deletedBy)
    {
        DeletedAt = now;
        DeletedBy = deletedBy;
    }

    /// <summary>Back as it was: nothing but the trash marks changes.</summary>
    public void Restore()
    {
        DeletedAt = null;
        DeletedBy = null;
    }
}
