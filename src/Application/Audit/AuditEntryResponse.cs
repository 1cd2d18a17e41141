using System.Linq.Expressions;
using Scc.Application.Common.Auditing;

namespace Scc.Application.Audit;

/// <summary>One audit entry as admins read it.</summary>
/// <param name="ActorKind"><c>user</c> (a staff token), <c>apiKey</c> (an integration) or <c>system</c> (background work such as the retention sweep).</param>
/// <param name="ActorId">The staff token's subject, the API key's id (never its secret), or the job's name.</param>
/// <param name="IpAddress">The client's address, as resolved through the trusted reverse proxies; absent for background work.</param>
/// <param name="TraceId">The request's trace id, as in its logs and problem answers.</param>
/// <param name="Action"><c>created</c>, <c>updated</c>, <c>deleted</c>, <c>statusChanged</c>, <c>erased</c>, <c>revoked</c> or <c>waitlistRenumbered</c>.</param>
/// <param name="Changes">The changed fields with their values before and after; personal and secret fields by name only (<c>withheld</c>).</param>
public sealed record AuditEntryResponse(
    Guid Id,
    DateTimeOffset OccurredAt,
    string ActorKind,
    string ActorId,
    string? IpAddress,
    string? TraceId,
    string ResourceType,
    Guid ResourceId,
    string Action,
    IReadOnlyList<AuditChange> Changes)
{
    public static Expression<Func<AuditEntry, AuditEntryResponse>> Projection { get; } = a => new AuditEntryResponse(
        a.Id, a.OccurredAt, a.ActorKind, a.ActorId, a.IpAddress, a.TraceId, a.ResourceType, a.ResourceId, a.Action, a.Changes);
}
