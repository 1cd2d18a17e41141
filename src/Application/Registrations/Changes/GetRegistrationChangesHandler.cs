using Mediator;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.Changes;

/// <summary>Reads the changes feed: one page of the change log after the caller's cursor, and the cursor to go on from.</summary>
public sealed class GetRegistrationChangesHandler(IRegistrationChangeLog changes) : IQueryHandler<GetRegistrationChangesQuery, Result<RegistrationChangePage>>
{
    public async ValueTask<Result<RegistrationChangePage>> Handle(GetRegistrationChangesQuery query, CancellationToken cancellationToken)
    {
        ChangeCursor.TryDecode(query.Cursor, out var cursor);
        // Not Keyset.PageAsync: a feed's cursor is the position to poll from next, so every page has one (the one it
        // was asked with when nothing is new), and the limit is part of the SQL.
        var limit = query.Limit ?? GetRegistrationChangesQuery.DefaultLimit;
        var rows = (await changes.ReadAsync(cursor, query.RestrictToEventId, limit + 1, cancellationToken)).ToList();
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(limit);
        var next = rows.Count == 0 ? cursor : new ChangeCursor(rows[^1].TransactionId, rows[^1].Id);
        var items = rows.Select(r => new RegistrationChangeResponse(
            r.Id, r.RegistrationId, r.EventId, Enum.Parse<ChangeKind>(r.Change, ignoreCase: true),
            Enum.Parse<RegistrationStatus>(r.Status), Enum.Parse<RegistrationKind>(r.Kind), r.WaitlistPosition, r.ExternalReference, r.OccurredAt)).ToList();
        return new RegistrationChangePage(items, next.Encode(), hasMore);
    }
}
