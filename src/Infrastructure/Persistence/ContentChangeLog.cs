using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Changes;
using Scc.Application.Registrations.Changes;

namespace Scc.Infrastructure.Persistence;

/// <summary>
/// Reads <c>content_changes</c>, which <see cref="ContentChangeTrigger"/> writes, behind the same horizon as the
/// registrations' changes (<see cref="Registrations.RegistrationChangeLog"/>; ADR 8 and 20).
/// </summary>
internal sealed class ContentChangeLog(AppDbContext db) : IContentChangeLog
{
    public async Task<IReadOnlyList<ContentChangeRow>> ReadAsync(
        ChangeCursor after, IReadOnlyList<string> types, bool publicOnly, int take, CancellationToken cancellationToken)
    {
        var transactionId = after.TransactionId.ToString(CultureInfo.InvariantCulture);
        var filtered = types.Count > 0;
        var typeList = types.ToArray();
        return await db.Database.SqlQuery<ContentChangeRow>(
            $"""
            SELECT id, xid::text::bigint AS transaction_id, resource_type, resource_id, change, was_public, is_public, occurred_at
            FROM content_changes
            WHERE xid < registration_changes_stamp(pg_snapshot_xmin(pg_current_snapshot()))
              AND (xid > {transactionId}::xid8 OR xid = {transactionId}::xid8 AND id > {after.Id})
              AND (NOT {filtered} OR resource_type = ANY({typeList}))
              AND (NOT {publicOnly} OR was_public OR is_public)
            ORDER BY xid, id
            LIMIT {take}
            """).ToListAsync(cancellationToken);
    }
}
