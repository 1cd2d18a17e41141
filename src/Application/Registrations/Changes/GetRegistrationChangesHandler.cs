using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.Changes;

/// <summary>
/// Reads the changes feed. Only changes of transactions older than every transaction still running are
/// returned (<c>xid &lt; pg_snapshot_xmin(pg_current_snapshot())</c>, both stamped with the clock's offset), in
/// (transaction id, id) order: a transaction
/// that commits later always has a larger id than that horizon, so it can never land behind a cursor already
/// handed out. Why that is enough is in docs/adr/0008-registration-changes-feed.md.
/// </summary>
public sealed class GetRegistrationChangesHandler(IAppDbContext db) : IQueryHandler<GetRegistrationChangesQuery, Result<RegistrationChangePage>>
{
    public async ValueTask<Result<RegistrationChangePage>> Handle(GetRegistrationChangesQuery query, CancellationToken cancellationToken)
    {
        ChangeCursor.TryDecode(query.Cursor, out var cursor);
        // Not Keyset.PageAsync: a feed's cursor is the position to poll from next, so every page has one (the one it
        // was asked with when nothing is new), and the limit is part of the SQL.
        var limit = query.Limit ?? GetRegistrationChangesQuery.DefaultLimit;
        var rows = await db.Database.SqlQuery<ChangeRow>(
            $"""
            SELECT id, xid::text::bigint AS transaction_id, registration_id, event_id, change, status, kind,
                   waitlist_position, external_reference, occurred_at
            FROM registration_changes
            WHERE xid < registration_changes_stamp(pg_snapshot_xmin(pg_current_snapshot()))
              AND (xid > {cursor.TransactionId.ToString(System.Globalization.CultureInfo.InvariantCulture)}::xid8
                   OR xid = {cursor.TransactionId.ToString(System.Globalization.CultureInfo.InvariantCulture)}::xid8 AND id > {cursor.Id})
              AND ({query.RestrictToEventId}::uuid IS NULL OR event_id = {query.RestrictToEventId})
            ORDER BY xid, id
            LIMIT {limit + 1}
            """).ToListAsync(cancellationToken);
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(limit);
        var next = rows.Count == 0 ? cursor : new ChangeCursor(rows[^1].TransactionId, rows[^1].Id);
        var items = rows.Select(r => new RegistrationChangeResponse(
            r.Id, r.RegistrationId, r.EventId, Enum.Parse<ChangeKind>(r.Change, ignoreCase: true),
            Enum.Parse<RegistrationStatus>(r.Status), Enum.Parse<RegistrationKind>(r.Kind), r.WaitlistPosition, r.ExternalReference, r.OccurredAt)).ToList();
        return new RegistrationChangePage(items, next.Encode(), hasMore);
    }

    internal sealed record ChangeRow(
        long Id, long TransactionId, Guid RegistrationId, Guid EventId, string Change, string Status, string Kind,
        int? WaitlistPosition, string? ExternalReference, DateTimeOffset OccurredAt);
}
