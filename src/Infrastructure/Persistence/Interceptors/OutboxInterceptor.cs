using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Scc.Application.Common.Outbox;
using Scc.Application.Registrations;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Digests;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;
using Scc.Domain.People;
using Scc.Domain.Programmes;
using Scc.Domain.Registrations;
using Scc.Domain.Webhooks;

namespace Scc.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes the outbox's rows in the save that makes the change, so both commit or neither does (ADR 7): a webhook event
/// for every registration change and every change to public content (events, delegations, organisations...), the e-mails a registration owes its registrant
/// (<see cref="Registration.TakeNoticesOwed"/>), and an event's change for everyone registered
/// (<see cref="Event.TakeChangeOwed"/>). Reads them from the change tracker: no handler writes an outbox row for a change (a webhook ping, which tells of none,
/// is written by its handler).
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
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (Content.TryGetValue(entry.Metadata.ClrType, out var resource) && ContentEventType(entry, resource) is { } type)
                messages.Add(Message(type, new ContentWebhookData(((Entity)entry.Entity).Id, new Uri($"/{resource.Path}/{((Entity)entry.Entity).Id}", UriKind.Relative)), now));
        }
        context.AddRange(messages);
    }

    /// <summary>
    /// The content other than events: its name in webhook types, where the API serves it, and the property and value
    /// that make one public (none: always public). The same rules as the changes feed's triggers (ContentChangeTrigger).
    /// </summary>
    private static readonly Dictionary<Type, (string Name, string Path, string? PublicProperty, object? PublicValue)> Content = new()
    {
        [typeof(EventSeries)] = ("series", "api/v1/event-series", null, null),
        [typeof(Delegation)] = ("delegation", "api/v1/delegations", nameof(Delegation.Status), DelegationStatus.Published),
        [typeof(Mou)] = ("mou", "api/v1/mous", nameof(Mou.Visibility), MouVisibility.Published),
        [typeof(Partnership)] = ("partnership", "api/v1/partnerships", null, null),
        [typeof(Organisation)] = ("organisation", "api/v1/organisations", null, null),
        [typeof(Person)] = ("person", "api/v1/people", null, null),
        [typeof(Programme)] = ("programme", "api/v1/programmes", null, null),
        [typeof(FundingProgramme)] = ("fundingProgramme", "api/v1/funding-programmes", null, null),
        [typeof(Digest)] = ("digest", "api/v1/digests", nameof(Digest.Status), DigestStatus.Published),
    };

    /// <summary>Told of as the public sees it: coming into view is a creation, leaving it a deletion; drafts' changes are not told.</summary>
    private static string? ContentEventType(EntityEntry entry, (string Name, string Path, string? PublicProperty, object? PublicValue) resource)
    {
        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) return null;
        bool IsPublic(object? value) => resource.PublicProperty is null || Equals(value, resource.PublicValue);
        var wasPublic = entry.State != EntityState.Added && !WasTrashed(entry) &&
                        IsPublic(resource.PublicProperty is null ? null : entry.Property(resource.PublicProperty).OriginalValue);
        var isPublic = entry.State != EntityState.Deleted && !IsTrashed(entry) &&
                       IsPublic(resource.PublicProperty is null ? null : entry.Property(resource.PublicProperty).CurrentValue);
        return (wasPublic, isPublic) switch
        {
            (false, true) => WebhookEventTypes.Created(resource.Name),
            (true, true) => WebhookEventTypes.Updated(resource.Name),
            (true, false) => WebhookEventTypes.Deleted(resource.Name),
            _ => null,
        };
    }

    /// <summary>In the trash before the save (ADR 25): out of the public's view, like a draft.</summary>
    private static bool WasTrashed(EntityEntry entry) =>
        entry.Entity is TrashableEntity && entry.Property(nameof(TrashableEntity.DeletedAt)).OriginalValue is not null;

    private static bool IsTrashed(EntityEntry entry) => entry.Entity is TrashableEntity { IsTrashed: true };

    private static string? RegistrationEventType(EntityEntry<Registration> entry) => entry.State switch
    {
        EntityState.Added => WebhookEventTypes.RegistrationCreated,
        EntityState.Modified when entry.Entity.Status == RegistrationStatus.Cancelled &&
                                  entry.Property(r => r.Status).OriginalValue != RegistrationStatus.Cancelled => WebhookEventTypes.RegistrationCancelled,
        EntityState.Modified => WebhookEventTypes.RegistrationUpdated,
        _ => null,
    };

    /// <summary>Drafts are nobody's business outside: an event is told about from its publication on, until it is unpublished or deleted.</summary>
    private static string? EventEventType(EntityEntry<Event> entry)
    {
        if (entry.State == EntityState.Deleted)
            return entry.Property(e => e.Status).OriginalValue == EventStatus.Draft || WasTrashed(entry) ? null : WebhookEventTypes.EventDeleted;
        if (entry.State != EntityState.Modified) return null;
        var before = entry.Property(e => e.Status).OriginalValue;
        var after = entry.Entity.Status;
        // Moved to the trash: gone, as a deletion is; restored: back in view, as a publication (or a cancellation) is.
        if (WasTrashed(entry) != IsTrashed(entry))
        {
            if (after == EventStatus.Draft) return null;
            if (IsTrashed(entry)) return WebhookEventTypes.EventDeleted;
            return after == EventStatus.Cancelled ? WebhookEventTypes.EventCancelled : WebhookEventTypes.EventPublished;
        }
        if (after == EventStatus.Draft && before != EventStatus.Draft) return WebhookEventTypes.EventUnpublished;
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
