using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;
using Scc.Infrastructure.Persistence.Auditing;

namespace Scc.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Turns the tracked changes of a save into audit entries, added to the same save, so the change and its entry
/// commit together or not at all. Records only when the context's <see cref="AuditActor"/> is known (staff, API
/// keys, background work): anonymous public writes are not audited. Runs after <see cref="AuditTimestampsInterceptor"/>
/// (whose stamps it leaves out). Writes in plain SQL are invisible here and add their entries themselves.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions ValueJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Bookkeeping every row has; a change to these alone is no change worth an entry.</summary>
    private static readonly HashSet<string> Bookkeeping = [nameof(Entity.Id), nameof(Entity.CreatedAt), nameof(Entity.UpdatedAt), nameof(Entity.Version)];

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
        if (context is not AppDbContext { AuditActor: { IsKnown: true } actor }) return;
        var now = clock.GetUtcNow();
        var owned = OwnedChanges(context);
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries<Entity>().ToList())
        {
            if (!AuditedFields.ResourceTypes.TryGetValue(entry.Metadata.ClrType, out var resourceType)) continue;
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var changes = Changes(entry);
            if (owned.TryGetValue(entry.Entity.Id, out var ownedChanges)) changes.AddRange(ownedChanges);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            entries.Add(AuditEntry.Create(actor, resourceType, entry.Entity.Id, Action(entry), changes, now));
        }
        context.AddRange(entries);
    }

    private static string Action(EntityEntry entry)
    {
        if (entry.State == EntityState.Added) return AuditActions.Created;
        if (entry.State == EntityState.Deleted) return entry.Entity is TrashableEntity { IsTrashed: true } ? AuditActions.Purged : AuditActions.Deleted;
        if (BecameSet(entry, nameof(TrashableEntity.DeletedAt))) return AuditActions.Deleted;
        if (entry.Metadata.FindProperty(nameof(TrashableEntity.DeletedAt)) is not null &&
            entry.Property(nameof(TrashableEntity.DeletedAt)) is { OriginalValue: not null, CurrentValue: null }) return AuditActions.Restored;
        if (BecameSet(entry, "ErasedAt")) return AuditActions.Erased;
        if (BecameSet(entry, "RevokedAt")) return AuditActions.Revoked;
        if (entry.Metadata.FindProperty("Status") is not null && IsChanged(entry.Property("Status"))) return AuditActions.StatusChanged;
        return AuditActions.Updated;
    }

    private static bool BecameSet(EntityEntry entry, string property) =>
        entry.Metadata.FindProperty(property) is not null && entry.Property(property) is { OriginalValue: null, CurrentValue: not null };

    private static bool IsChanged(PropertyEntry property) =>
        property.IsModified && !property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue);

    private static List<AuditChange> Changes(EntityEntry entry)
    {
        var changes = new List<AuditChange>();
        var type = entry.Metadata.ClrType;
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Bookkeeping.Contains(name) || property.Metadata.IsShadowProperty()) continue;
            if (entry.State == EntityState.Modified && !IsChanged(property)) continue;
            var field = JsonNamingPolicy.CamelCase.ConvertName(name);
            if (AuditedFields.IsWithheld(type, name))
            {
                changes.Add(new AuditChange(field, Withheld: true));
                continue;
            }
            changes.Add(entry.State switch
            {
                EntityState.Added => new AuditChange(field, After: Json(property.CurrentValue)),
                EntityState.Deleted => new AuditChange(field, Before: Json(property.OriginalValue)),
                _ => new AuditChange(field, Json(property.OriginalValue), Json(property.CurrentValue)),
            });
        }
        return changes;
    }

    /// <summary>
    /// Changes to owned rows (an event's organisations, a registrant), by the owner's id: one change per row added
    /// (after) or removed (before), named after the owner's navigation; withheld navigations by name, once.
    /// </summary>
    private static Dictionary<Guid, List<AuditChange>> OwnedChanges(DbContext context)
    {
        var byOwner = new Dictionary<Guid, List<AuditChange>>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Metadata.FindOwnership() is not { Properties: [var ownerKey] } ownership) continue;
            var ownerId = entry.State == EntityState.Deleted ? entry.Property(ownerKey.Name).OriginalValue : entry.Property(ownerKey.Name).CurrentValue;
            if (ownerId is not Guid id || ownership.PrincipalToDependent is not { } navigation) continue;
            var field = JsonNamingPolicy.CamelCase.ConvertName(navigation.Name);
            if (!byOwner.TryGetValue(id, out var changes)) byOwner[id] = changes = [];
            if (AuditedFields.IsWithheld(ownership.PrincipalEntityType.ClrType, navigation.Name))
            {
                if (!changes.Any(c => c.Field == field)) changes.Add(new AuditChange(field, Withheld: true));
                continue;
            }
            var visible = entry.Properties.Where(p => !p.Metadata.IsShadowProperty()).ToList();
            JsonElement Row(bool original) => JsonSerializer.SerializeToElement(
                visible.ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name), p => original ? p.OriginalValue : p.CurrentValue), ValueJson);
            changes.Add(entry.State switch
            {
                EntityState.Added => new AuditChange(field, After: Row(original: false)),
                EntityState.Deleted => new AuditChange(field, Before: Row(original: true)),
                _ => new AuditChange(field, Row(original: true), Row(original: false)),
            });
        }
        return byOwner;
    }

    private static JsonElement Json(object? value) => JsonSerializer.SerializeToElement(value, ValueJson);
}
