using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class DigestConfiguration : IEntityTypeConfiguration<Digest>
{
    public void Configure(EntityTypeBuilder<Digest> builder)
    {
        builder.ToTable("digests");
        builder.IsTrashable();
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Version).IsRowVersion();
        builder.Property(d => d.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Title).HasJsonConversion();
        builder.Property(d => d.Introduction).HasJsonConversion();
        builder.Property(d => d.Items).HasJsonConversion();
        // Lower-cased titles and introductions in both languages, for the search (ADR 22), which shows published digests only.
        builder.HasSearchColumns(
            "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || " +
            "coalesce(introduction->>'en', '') || ' ' || coalesce(introduction->>'zh-Hant', '') || ' ' || slug)");
        builder.Ignore(d => d.Period);
        builder.HasIndex(d => new { d.AsOf, d.Id });
        // The publication schedule looks for due rows every few seconds; few rows ever have a plan.
        builder.HasIndex(d => d.PublishAt).HasFilter("publish_at IS NOT NULL");
    }
}
