using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations;

/// <summary>
/// An event's registrations as the write side counts them. Every change to seats or the waiting list runs in one
/// transaction that first locks the event (<see cref="IEventSeatLock"/>), so the counts read here stay true until it
/// commits. Every round trip made under the lock makes the other submissions to the event wait longer.
/// </summary>
public sealed class EventRegistrations(IAppDbContext db, IWaitlistPositions waitlist, AuditActor actor, TimeProvider clock)
{
    /// <summary>
    /// Seats taken, the waiting list's length and whether any of <paramref name="emailKeys"/> already holds a live place:
    /// one query under the lock, counting per kind and status; the domain's rules say what each count means.
    /// </summary>
    public async Task<RegistrationTally> TallyAsync(Guid eventId, IReadOnlyCollection<string> emailKeys, CancellationToken ct)
    {
        var counts = await db.Registrations.Where(r => r.EventId == eventId)
            .GroupBy(r => new { r.Kind, r.Status })
            .Select(g => new RegistrationTally.StatusCount(g.Key.Kind, g.Key.Status, g.Count(), g.Count(r => emailKeys.Contains(r.EmailKey))))
            .ToListAsync(ct);
        return RegistrationTally.Of(counts);
    }

    /// <summary>Which of <paramref name="emailKeys"/> already hold a live registration for the event: one query, under the lock.</summary>
    public async Task<HashSet<string>> LiveEmailsAsync(Guid eventId, IReadOnlyCollection<string> emailKeys, CancellationToken ct) =>
        (await db.Registrations
            .Where(r => r.EventId == eventId && emailKeys.Contains(r.EmailKey) && Registration.LiveStatuses.Contains(r.Status))
            .Select(r => r.EmailKey)
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Fills free seats from the head of the waiting list, then renumbers the rest 1..n in their order.
    /// Call under the event's lock, after the change that freed a seat or left the queue has been saved.
    /// The renumbering is one set-based update, which the audit interceptor cannot see: it writes its own entry for a known actor.
    /// </summary>
    public async Task RebalanceAsync(Event evt, CancellationToken ct)
    {
        var tally = await TallyAsync(evt.Id, [], ct);
        var toFill = evt.SeatsToFill(tally.SeatsTaken, tally.Waitlisted);
        if (toFill > 0)
        {
            var promoted = await db.Registrations.Where(r => r.EventId == evt.Id && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.WaitlistPosition).Take(toFill).ToListAsync(ct);
            foreach (var registration in promoted) registration.Promote();
            await db.SaveChangesAsync(ct);
        }
        var renumbered = await waitlist.CloseGapsAsync(evt.Id, ct);
        if (renumbered == 0 || !actor.IsKnown) return;
        db.AuditEntries.Add(AuditEntry.Create(actor, AuditResourceTypes.Event, evt.Id, AuditActions.WaitlistRenumbered,
            [new AuditChange("registrations.waitlistPosition", After: System.Text.Json.JsonSerializer.SerializeToElement(new { renumbered }))], clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}
