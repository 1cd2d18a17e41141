using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Audit.ListAuditEntries;

/// <summary>Audit entries, newest first, narrowed by any of the filters; <c>from</c> and <c>to</c> bound when they occurred.</summary>
public sealed record ListAuditEntriesQuery(
    string? ActorKind,
    string? ActorId,
    string? ResourceType,
    Guid? ResourceId,
    string? Action,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Cursor,
    int? Limit) : IQuery<Result<Page<AuditEntryResponse>>>
{
    public const string Sort = "-occurred";
}
