using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Registrations.Changes;

namespace Scc.Infrastructure.Persistence.Registrations;

/// <summary>
/// Reads <c>registration_changes</c>, which <see cref="RegistrationChangeTrigger"/> writes. Only changes of transactions
/// older than every transaction still running are returned (<c>xid &lt; pg_snapshot_xmin(pg_current_snapshot())</c>,
/// both stamped with the clock's offset), in (transaction id, id) order: a transaction that commits later always has
/// a larger id than that horizon, so it can never land behind a cursor already handed out
/// (docs/adr/0008-registration-changes-feed.md).
/// </summary>
internal sealed class RegistrationChangeLog(AppDbContext db) : IRegistrationChangeLog
{
    public async Task<IReadOnlyList<RegistrationChangeRow>> ReadAsync(ChangeCursor after, Guid? eventId, int take, CancellationToken cancellationToken)
    {
        var transactionId = after.TransactionId.ToString(CultureInfo.InvariantCulture);
        return await db.Database.SqlQuery<RegistrationChangeRow>(
            $"""
            SELECT id, xid::text::bigint AS transaction_id, registration_id, event_id, change, status, kind,
                   waitlist_position, external_reference, occurred_at
            FROM registration_changes
            WHERE xid < registration_changes_stamp(pg_snapshot_xmin(pg_current_snapshot()))
              AND (xid > {transactionId}::xid8 OR xid = {transactionId}::xid8 AND id > {after.Id})
              AND ({eventId}::uuid IS NULL OR event_id = {eventId})
            ORDER BY xid, id
            LIMIT {take}
            """).ToListAsync(cancellationToken);
    }
}
