namespace Scc.Application.Common.Auditing;

/// <summary>
/// Who is writing in this scope, for the audit log: a staff user, an integration's API key, or the system's own
/// background work. Filled by the API for each request once the caller is known, and by background jobs for
/// themselves. Anonymous callers (the public registering) leave it empty, and their writes are not audited.
/// </summary>
public sealed class AuditActor
{
    public const string User = "user";
    public const string ApiKey = "apiKey";
    public const string System = "system";

    public static readonly IReadOnlyList<string> Kinds = [User, ApiKey, System];

    /// <summary><see cref="User"/>, <see cref="ApiKey"/> or <see cref="System"/>; null for an anonymous caller.</summary>
    public string? Kind { get; private set; }

    /// <summary>The user's <c>sub</c> claim, the API key's id (never its secret), or the job's name.</summary>
    public string? Id { get; private set; }

    public string? IpAddress { get; private set; }

    public string? TraceId { get; private set; }

    public bool IsKnown => Kind is not null;

    public void Set(string kind, string id, string? ipAddress, string? traceId)
    {
        Kind = kind;
        Id = id;
        IpAddress = ipAddress;
        TraceId = traceId;
    }

    /// <summary>Background work (the retention sweep...): the system acts, from no address.</summary>
    public void SetSystem(string job) => Set(System, job, null, null);
}
