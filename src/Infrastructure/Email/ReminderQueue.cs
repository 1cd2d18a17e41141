using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scc.Application.Registrations;
using Scc.Domain.Events;
using Scc.Domain.Registrations;
using Scc.Infrastructure.Persistence;

namespace Scc.Infrastructure.Email;

/// <summary>
/// Queues the reminders whose moment has come (<see cref="Event.RemindersDue"/>) for confirmed registrations that are
/// told of changes and existed at that moment. Each (registration, offset) is recorded in <c>sent_reminders</c> in the
/// transaction that queues its e-mail; the insert skips pairs already there, so two instances looking at once queue each
/// reminder once. When several offsets fall due together (the dispatcher was down), one e-mail goes, for the nearest.
/// Looks once a minute at most: a reminder is due to the minute, and the dispatcher's rounds come every few seconds.
/// </summary>
public sealed class ReminderQueue(IOptions<EmailSettings> options, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private DateTimeOffset nextLook = DateTimeOffset.MinValue;

    public async Task<int> QueueDueAsync(AppDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now < nextLook) return 0;
        nextLook = now + Interval;
        var defaults = options.Value.DefaultReminderMinutesBefore;
        // The events a reminder may be due for: those starting within the longest default offset, and those further out
        // that set offsets of their own (a jsonb test, so that the many events without reminders are not read).
        var defaultHorizon = now.AddMinutes(defaults.DefaultIfEmpty(0).Max());
        var longestHorizon = now.AddMinutes(RegistrationSettings.MaxReminderMinutesBefore);
        var candidates = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM events
            WHERE status = {nameof(EventStatus.Published)} AND window_start > {now}
              AND (window_start <= {defaultHorizon}
                   OR window_start <= {longestHorizon} AND jsonb_typeof(registration -> 'reminderMinutesBefore') = 'array')
            """).ToListAsync(ct);
        if (candidates.Count == 0) return 0;
        var events = await db.Events.AsNoTracking().Where(e => candidates.Contains(e.Id)).ToListAsync(ct);
        var due = events.Select(e => (Event: e, Minutes: e.RemindersDue(defaults, now)))
            .Where(d => d.Minutes.Count > 0).ToList();
        if (due.Count == 0) return 0;

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var nearest = new Dictionary<Guid, int>();
            foreach (var (evt, offsets) in due)
            {
                foreach (var minutes in offsets)
                {
                    foreach (var registrationId in await RecordAsync(db, evt, minutes, now, token))
                        nearest[registrationId] = nearest.TryGetValue(registrationId, out var known) ? Math.Min(known, minutes) : minutes;
                }
            }
            db.OutboxMessages.AddRange(nearest.Select(pair => RegistrationEmail.Message(
                new RegistrationEmail(pair.Key, new RegistrationNotice(RegistrationNoticeKind.Reminder), ReminderMinutesBefore: pair.Value), now)));
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return nearest.Count;
        }, ct);
    }

    /// <summary>Records the reminder for every registration owed it and not yet recorded; returns those it recorded.</summary>
    private static async Task<List<Guid>> RecordAsync(AppDbContext db, Event evt, int minutes, DateTimeOffset now, CancellationToken ct)
    {
        var moment = evt.ReminderMoment(minutes);
        var ids = await db.Registrations.Where(Registration.ToldOfChanges)
            .Where(r => r.EventId == evt.Id && r.Status == RegistrationStatus.Confirmed && r.CreatedAt < moment &&
                        !db.SentReminders.Any(s => s.RegistrationId == r.Id && s.MinutesBefore == minutes))
            .Select(r => r.Id).ToListAsync(ct);
        if (ids.Count == 0) return [];
        return await db.Database.SqlQuery<Guid>($"""
            INSERT INTO sent_reminders (registration_id, minutes_before, queued_at)
            SELECT id, {minutes}, {now} FROM unnest({ids.ToArray()}) AS owed(id)
            ON CONFLICT DO NOTHING
            RETURNING registration_id AS "Value"
            """).ToListAsync(ct);
    }
}
