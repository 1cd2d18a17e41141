namespace Scc.Domain.Common;

/// <summary>Base of every aggregate: identity, audit timestamps and the optimistic-concurrency version.</summary>
public abstract class Entity
{
    protected Entity(Guid id) => Id = id;

    public Guid Id { get; private set; }

    /// <summary>Set by the persistence layer when the row is first saved.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set by the persistence layer on every save that changes the row.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The row version (PostgreSQL <c>xmin</c>); it changes on every update and backs ETags.</summary>
    public uint Version { get; private set; }
}
