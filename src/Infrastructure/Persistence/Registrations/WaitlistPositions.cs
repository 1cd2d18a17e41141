using Microsoft.EntityFrameworkCore;
using Scc.Application.Registrations;

namespace Scc.Infrastructure.Persistence.Registrations;

/// <summary>
/// Renumbers a waiting list in two set-based updates, because the unique index on (event, position) is checked row by
/// row: first the rows that move out of the way (negative), then to their place.
/// </summary>
internal sealed class WaitlistPositions(AppDbContext db) : IWaitlistPositions
{
    public async Task<int> CloseGapsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE registrations AS r SET waitlist_position = -r.waitlist_position
            FROM (SELECT id, waitlist_position, row_number() OVER (ORDER BY waitlist_position) AS n
                  FROM registrations WHERE event_id = {eventId} AND waitlist_position > 0) AS o
            WHERE r.id = o.id AND o.waitlist_position <> o.n
            """, cancellationToken);
        return await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE registrations AS r SET waitlist_position = o.n, updated_at = now()
            FROM (SELECT id, row_number() OVER (ORDER BY abs(waitlist_position)) AS n
                  FROM registrations WHERE event_id = {eventId} AND waitlist_position IS NOT NULL) AS o
            WHERE r.id = o.id AND r.waitlist_position < 0
            """, cancellationToken);
    }
}
