using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations;

/// <summary>
/// The database side of an event's registrations. Every change to seats or the waiting list runs in one
/// transaction that first locks the event's row, so two requests never count the same free seat or
/// queue position: they take turns, and each sees what the previous one committed.
/// </summary>
internal static class EventRegistrations
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction (through the execution strategy, so a retry reruns all
    /// of it), commits when it succeeds and rolls back when it returns a failure.
    /// </summary>
    public static Task<TResult> InTransactionAsync<TResult>(IAppDbContext db, Func<CancellationToken, Task<TResult>> work, CancellationToken ct)
        where TResult : Domain.Common.Result =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async cancellationToken =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work(cancellationToken);
            if (result.IsSuccess) await transaction.CommitAsync(cancellationToken);
            else await transaction.RollbackAsync(cancellationToken);
            return result;
        }, ct);

    /// <summary>
    /// Locks the event's row until the transaction ends, and reads the event, in one statement; null when there is
    /// none (xmin, a system column, is the row version). Every round trip made while the lock is held makes the other
    /// submissions to the event wait longer.
    /// </summary>
    public static Task<Domain.Events.Event?> LockEventAsync(IAppDbContext db, Guid eventId, CancellationToken ct) =>
        db.Events.FromSql($"SELECT *, xmin FROM events WHERE id = {eventId} FOR UPDATE").AsNoTracking().FirstOrDefaultAsync(ct);

    /// <summary>
    /// Seats taken, the waiting list's length and whether any of <paramref name="emailKeys"/> already holds a live place:
    /// one query, under the lock.
    /// </summary>
    public static async Task<RegistrationTally> TallyAsync(IAppDbContext db, Guid eventId, IReadOnlyCollection<string> emailKeys, CancellationToken ct)
    {
        var tally = await db.Registrations.Where(r => r.EventId == eventId)
            .GroupBy(r => r.EventId)
            .Select(g => new
            {
                Seats = g.Count(r => r.Kind == RegistrationKind.Attendee &&
                    (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Attended)),
                Waitlisted = g.Count(r => r.Status == RegistrationStatus.Waitlisted),
                EmailsTaken = g.Count(r => emailKeys.Contains(r.EmailKey) &&
                    r.Status != RegistrationStatus.Cancelled && r.Status != RegistrationStatus.Rejected),
            })
            .FirstOrDefaultAsync(ct);
        return tally is null ? new RegistrationTally(0, 0, false) : new RegistrationTally(tally.Seats, tally.Waitlisted, tally.EmailsTaken > 0);
    }

    /// <summary>Which of <paramref name="emailKeys"/> already hold a live registration for the event: one query, under the lock.</summary>
    public static async Task<HashSet<string>> LiveEmailsAsync(IAppDbContext db, Guid eventId, IReadOnlyCollection<string> emailKeys, CancellationToken ct) =>
        (await db.Registrations
            .Where(r => r.EventId == eventId && emailKeys.Contains(r.EmailKey) &&
                r.Status != RegistrationStatus.Cancelled && r.Status != RegistrationStatus.Rejected)
            .Select(r => r.EmailKey)
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Fills free seats from the head of the waiting list, then renumbers the rest 1..n in their order.
    /// Call under the event's lock, after the change that freed a seat or left the queue has been saved.
    /// The renumbering is plain SQL, which the audit interceptor cannot see: it writes its own entry for a known actor.
    /// </summary>
    public static async Task RebalanceAsync(IAppDbContext db, Domain.Events.Event evt, AuditActor actor, TimeProvider clock, CancellationToken ct)
    {
        var tally = await TallyAsync(db, evt.Id, [], ct);
        var toFill = evt.SeatsToFill(tally.SeatsTaken, tally.Waitlisted);
        if (toFill > 0)
        {
            var promoted = await db.Registrations.Where(r => r.EventId == evt.Id && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.WaitlistPosition).Take(toFill).ToListAsync(ct);
            foreach (var registration in promoted) registration.Promote();
            await db.SaveChangesAsync(ct);
        }
        // Two steps, because a unique index is checked row by row: first out of the way (negative), then to their
        // place. Only rows whose place changes are touched, so the changes feed records real moves only.
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE registrations AS r SET waitlist_position = -r.waitlist_position
            FROM (SELECT id, waitlist_position, row_number() OVER (ORDER BY waitlist_position) AS n
                  FROM registrations WHERE event_id = {evt.Id} AND waitlist_position > 0) AS o
            WHERE r.id = o.id AND o.waitlist_position <> o.n
            """, ct);
        var renumbered = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE registrations AS r SET waitlist_position = o.n, updated_at = now()
            FROM (SELECT id, row_number() OVER (ORDER BY abs(waitlist_position)) AS n
                  FROM registrations WHERE event_id = {evt.Id} AND waitlist_position IS NOT NULL) AS o
            WHERE r.id = o.id AND r.waitlist_position < 0
            """, ct);
        if (renumbered == 0 || !actor.IsKnown) return;
        db.AuditEntries.Add(AuditEntry.Create(actor, AuditResourceTypes.Event, evt.Id, AuditActions.WaitlistRenumbered,
            [new AuditChange("registrations.waitlistPosition", After: System.Text.Json.JsonSerializer.SerializeToElement(new { renumbered }))], clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}
