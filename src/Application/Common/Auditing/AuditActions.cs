namespace Scc.Application.Common.Auditing;

/// <summary>What an audit entry says was done.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";

    /// <summary>Deleted: content moved to the trash (ADR 25), or any other resource removed.</summary>
    public const string Deleted = "deleted";

    /// <summary>Content taken back out of the trash, as it was.</summary>
    public const string Restored = "restored";

    /// <summary>Content removed for good from the trash after the trash period.</summary>
    public const string Purged = "purged";

    /// <summary>A registration's personal data erased (on request or by the retention rule).</summary>
    public const string Erased = "erased";

    /// <summary>An API key revoked.</summary>
    public const string Revoked = "revoked";

    /// <summary>A status moved (published, cancelled, approved...): the <c>status</c> change holds before and after.</summary>
    public const string StatusChanged = "statusChanged";

    /// <summary>An event's waiting list renumbered in plain SQL after a place was freed.</summary>
    public const string WaitlistRenumbered = "waitlistRenumbered";

    public static readonly IReadOnlyList<string> All = [Created, Updated, Deleted, Restored, Purged, Erased, Revoked, StatusChanged, WaitlistRenumbered];
}
