using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Scc.Application.Common.Outbox;
using Scc.Application.Registrations;
using Scc.Domain.Events;
using Scc.Domain.Registrations;
using Scc.Domain.Webhooks;

namespace Scc.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes the outbox's rows in the save that makes the change, so both commit or neither does (ADR 7): a webhook event
/// for every registration and public event change, the e-mails a registration owes its registrant
/// (<see cref="Registration.TakeNoticesOwed"/>), and an event's change for everyone registered
/// (<see cref="Event.TakeChangeOwed"/>). Reads them from the change tracker: no handler writes an outbox row.
/// Runs after <see cref="AuditTimestampsInterceptor"/>, so the payload carries the new <c>updatedAt</c>.
/// </summary>
public sealed class OutboxInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Write(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Write(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Write(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow();
        var messages = new List<OutboxMessage>();
        foreach (var entry in context.ChangeTracker.Entries<Registration>())
        {
            if (RegistrationEventType(entry) is { } type)
                messages.Add(Message(type, RegistrationWebhookData.From(entry.Entity), now));
            foreach (var notice in entry.Entity.TakeNoticesOwed())
                messages.Add(RegistrationEmail.Message(new RegistrationEmail(entry.Entity.Id, notice), now));
        }
        foreach (var entry in context.ChangeTracker.Entries<Event>())
        {
            if (EventEventType(entry) is { } type)
                messages.Add(Message(type, EventWebhookData.From(entry.Entity), now));
            if (entry.Entity.TakeChangeOwed() is { } change)
                messages.Add(EventChangeNotification.Message(entry.Entity.Id, change, now));
        }
        context.AddRange(messages);
    }

    private static string? RegistrationEventType(EntityEntry<Registration> entry) => entry.State switch
    {
        EntityState.Added => WebhookEventTypes.RegistrationCreated,
        EntityState.Modified when entry.Entity.Status == RegistrationStatus.Cancelled &&
                                  entry.Property(r => r.Status).OriginalValue != RegistrationStatus.Cancelled => WebhookEventTypes.RegistrationCancelled,
        EntityState.Modified => WebhookEventTypes.RegistrationUpdated,
        _ => null,
    };

    /// <summary>Drafts are nobody's business outside: an event is told about from its publication on.</summary>
    private static string? EventEventType(EntityEntry<Event> entry)
    {
        if (entry.State != EntityState.Modified) return null;
        var before = entry.Property(e => e.Status).OriginalValue;
        var after = entry.Entity.Status;
        if (after == EventStatus.Published && before != EventStatus.Published) return WebhookEventTypes.EventPublished;
        if (after == EventStatus.Cancelled && before != EventStatus.Cancelled) return WebhookEventTypes.EventCancelled;
        if (after == EventStatus.Draft || before == EventStatus.Draft || after == EventStatus.Cancelled) return null;
        return WebhookEventTypes.EventUpdated;
    }

    private static OutboxMessage Message<T>(string type, T data, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        var body = JsonSerializer.Serialize(new WebhookEnvelope<T>(id, type, now, data), OutboxJson.Options);
        return OutboxMessage.Create(id, type, body, now);
    }
}
