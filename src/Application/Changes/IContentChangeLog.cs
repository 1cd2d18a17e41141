using Scc.Application.Registrations.Changes;

namespace Scc.Application.Changes;

/// <summary>
/// The rows of <c>content_changes</c> that are safe to hand out (port; implemented in Infrastructure). Database triggers
/// write one row in the transaction of every insert, update or delete of a content resource; as for registrations
/// (ADR 8), only changes of transactions older than every transaction still running are read (ADR 20).
/// </summary>
public interface IContentChangeLog
{
    /// <summary>
    /// Up to <paramref name="take"/> changes after <paramref name="after"/>, in (transaction, id) order, of the given types
    /// (all when empty); with <paramref name="publicOnly"/>, only those the public could see before or after.
    /// </summary>
    Task<IReadOnlyList<ContentChangeRow>> ReadAsync(ChangeCursor after, IReadOnlyList<string> types, bool publicOnly, int take, CancellationToken cancellationToken);
}

/// <summary>One change as read, with its writing transaction's id for the cursor.</summary>
public sealed record ContentChangeRow(
    long Id, long TransactionId, string ResourceType, Guid ResourceId, string Change, bool WasPublic, bool IsPublic, DateTimeOffset OccurredAt);
