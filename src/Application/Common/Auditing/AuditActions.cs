namespace Scc.Application.Common.Auditing;

/// <summary>What an audit entry says was done.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";

    /// <summary>A registration's personal data erased (on request or by the retention rule).</summary>
    public const string Erased = "erased";

    /// <summary>An API key revoked.</summary>
    public const string Revoked = "revoked";

    /// <summary>A status moved (published, cancelled, approved...): the <c>status</c> change holds before and after.</summary>
    public const string StatusChanged = "statusChanged";

    /// <summary>An event's waiting list renumbered in plain SQL after a place was freed.</summary>
    public const string WaitlistRenumbered = "waitlistRenumbered";

    public static readonly IReadOnlyList<string> All = [Created, Updated, Deleted, Erased, Revoked, StatusChanged, WaitlistRenumbered];
}
