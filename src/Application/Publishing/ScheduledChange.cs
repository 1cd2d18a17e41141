namespace Scc.Application.Publishing;

/// <summary>What the publication schedule does to one item when its time has come.</summary>
public enum ScheduledChangeKind
{
    PublishEvent,
    UnpublishEvent,
    PublishDelegation,
    PublishMou,
    PublishDigest,
}

/// <summary>A planned publication (or take-down) that is due, claimed for the current transaction.</summary>
public sealed record ScheduledChange(ScheduledChangeKind Kind, Guid Id);
