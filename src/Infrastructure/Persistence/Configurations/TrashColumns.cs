using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;

namespace Scc.Infrastructure.Persistence.Configurations;

/// <summary>
/// The trash marks of a content table (ADR 25) and the query filter that hides a trashed row from every query; the trash
/// itself, the purge and the reference checks read past it with <c>IgnoreQueryFilters</c>. The slug's unique index
/// keeps counting trashed rows, so that a restore never meets a taken slug.
/// </summary>
internal static class TrashColumns
{
    public static EntityTypeBuilder<T> IsTrashable<T>(this EntityTypeBuilder<T> builder) where T : TrashableEntity
    {
        builder.Property(e => e.DeletedBy).HasMaxLength(200);
        // The compiled model cannot be generated with a query filter, so the generator (a design-time run) sees none and
        // the compiled model gets the same filter from CompiledModel/TrashQueryFilters.cs; CompiledModelTests compare them.
        if (!EF.IsDesignTime) builder.HasQueryFilter(e => e.DeletedAt == null);
        // The trash list reads the few trashed rows of each table, newest first.
        builder.HasIndex(e => e.DeletedAt).HasFilter("deleted_at IS NOT NULL");
        return builder;
    }
}
