using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class EventSeriesConfiguration : IEntityTypeConfiguration<EventSeries>
{
    public void Configure(EntityTypeBuilder<EventSeries> builder)
    {
        builder.ToTable("event_series");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Property(s => s.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Title).HasJsonConversion();
        builder.Property(s => s.Description).HasJsonConversion();
        // Lower-cased titles and descriptions in both languages, for the search (ADR 22).
        builder.HasSearchColumns(
            "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || " +
            "coalesce(description->>'en', '') || ' ' || coalesce(description->>'zh-Hant', '') || ' ' || slug)");
    }
}
