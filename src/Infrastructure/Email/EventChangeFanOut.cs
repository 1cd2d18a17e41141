using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common.Outbox;
using Scc.Application.Registrations;
using Scc.Domain.Registrations;
using Scc.Infrastructure.Persistence;

namespace Scc.Infrastructure.Email;

/// <summary>
/// Turns each <see cref="EventChangeNotification"/> into one e-mail per live registration told of changes (confirmed,
/// waitlisted, pending), in the transaction that claims it with <c>FOR UPDATE SKIP LOCKED</c>: however many instances
/// dispatch, each registration's e-mail is written once.
/// </summary>
public sealed class EventChangeFanOut(TimeProvider clock)
{
    public async Task<int> FanOutAsync(AppDbContext db, int batch, CancellationToken ct) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var notifications = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE processed_at IS NULL AND type = {EventChangeNotification.Type} ORDER BY id LIMIT {batch} FOR UPDATE SKIP LOCKED")
                .ToListAsync(token);
            if (notifications.Count == 0) return 0;
            var now = clock.GetUtcNow();
            foreach (var message in notifications)
            {
                var notification = JsonSerializer.Deserialize<EventChangeNotification>(message.Payload!, OutboxJson.Options)!;
                var registrationIds = await db.Registrations.Where(Registration.ToldOfChanges)
                    .Where(r => r.EventId == notification.EventId && Registration.LiveStatuses.Contains(r.Status))
                    .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(token);
                db.OutboxMessages.AddRange(registrationIds.Select(id => RegistrationEmail.Message(
                    new RegistrationEmail(id, new RegistrationNotice(RegistrationNoticeKind.EventChanged), notification.Change), now)));
                message.MarkProcessed(now, forgetPayload: false);
            }
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return notifications.Count;
        }, ct);
}
