namespace Scc.Application.Common.Auditing;

/// <summary>
/// One staff or integration write: who, what, when, from where, and which fields changed. Written in the same
/// transaction as the change (by the audit interceptor, or explicitly beside a plain-SQL write), so a change is
/// never committed without its entry, nor an entry kept for a change that rolled back. Never updated.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    /// <summary>A version 7 UUID: the order of ids is the order of writing.</summary>
    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string ActorKind { get; private set; } = null!;

    public string ActorId { get; private set; } = null!;

    /// <summary>The client's address as the forwarded-headers rules resolve it; null for background work.</summary>
    public string? IpAddress { get; private set; }

    public string? TraceId { get; private set; }

    public string ResourceType { get; private set; } = null!;

    public Guid ResourceId { get; private set; }

    public string Action { get; private set; } = null!;

    public IReadOnlyList<AuditChange> Changes { get; private set; } = [];

    /// <summary>
    /// The smallest version 7 id of the given millisecond: ids are made from the entry's own time, so a time range is
    /// also an id range, which the primary key serves in the order the list wants (newest first).
    /// </summary>
    public static Guid FirstIdAt(DateTimeOffset instant)
    {
        var milliseconds = Math.Clamp(instant.ToUnixTimeMilliseconds(), 0, 0xFFFF_FFFF_FFFF);
        var hex = milliseconds.ToString("x12", System.Globalization.CultureInfo.InvariantCulture);
        return Guid.Parse($"{hex[..8]}-{hex[8..]}-7000-0000-000000000000");
    }

    /// <summary>An entry for <paramref name="actor"/>, who must be known.</summary>
    public static AuditEntry Create(AuditActor actor, string resourceType, Guid resourceId, string action, IReadOnlyList<AuditChange> changes, DateTimeOffset now)
    {
        if (!actor.IsKnown) throw new InvalidOperationException("An audit entry needs a known actor.");
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            ActorKind = actor.Kind!,
            ActorId = actor.Id!,
            IpAddress = actor.IpAddress,
            TraceId = actor.TraceId,
            ResourceType = resourceType,
            ResourceId = resourceId,
            Action = action,
            Changes = changes,
        };
    }
}
