using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Scc.Domain.Common;

namespace Scc.Infrastructure.Persistence.Interceptors;

/// <summary>Sets <see cref="Entity.CreatedAt"/> and <see cref="Entity.UpdatedAt"/>: the one place that does.</summary>
public sealed class AuditTimestampsInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries<Entity>().ToList();
        var ownersOfChangedRows = OwnersOfChangedOwnedRows(context);
        foreach (var entry in entries)
        {
            if (entry.State == EntityState.Added) entry.Property(e => e.CreatedAt).CurrentValue = now;
            // A change to owned rows in their own table (a programme's organisations) touches the owner's row
            // too, so that its version, and with it the ETag and the If-Match check, moves with every change.
            if (entry.State == EntityState.Added || entry.State == EntityState.Modified && !OnlyTrashMarksChanged(entry) ||
                entry.State == EntityState.Unchanged && ownersOfChangedRows.Contains(entry.Entity.Id))
                entry.Property(e => e.UpdatedAt).CurrentValue = now;
        }
    }

    /// <summary>
    /// Moving to the trash and restoring change no content (ADR 25): <c>updatedAt</c> stays, so that a restored resource
    /// reads exactly as it did. The version still moves, and with it the ETag.
    /// </summary>
    private static bool OnlyTrashMarksChanged(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Entity> entry) =>
        entry.Entity is TrashableEntity &&
        entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name is nameof(TrashableEntity.DeletedAt) or nameof(TrashableEntity.DeletedBy));

    private static HashSet<Guid> OwnersOfChangedOwnedRows(DbContext context)
    {
        var owners = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Metadata.FindOwnership() is not { Properties: [var ownerKey] }) continue;
            var value = entry.State == EntityState.Deleted ? entry.Property(ownerKey.Name).OriginalValue : entry.Property(ownerKey.Name).CurrentValue;
            if (value is Guid id) owners.Add(id);
        }
        return owners;
    }
}
