using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;
using Scc.Domain.Delegations;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.ToTable("delegations");
        builder.IsTrashable();
        builder.HasKey(d => d.Id);
        // Lower-cased titles and purposes in both languages, for search.
        builder.HasSearchColumns("lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(purpose->>'en', '') || ' ' || coalesce(purpose->>'zh-Hant', '') || ' ' || slug)");
        builder.Property(d => d.Version).IsRowVersion();
        builder.Property(d => d.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(d => d.Slug).IsUnique();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.TimeZone).HasMaxLength(64);

        builder.Property(d => d.Title).HasJsonConversion();
        builder.Property(d => d.Purpose).HasJsonConversion();
        builder.Property(d => d.StatusNote).HasJsonConversion();
        builder.Property(d => d.Destinations).HasJsonConversion();
        builder.Property(d => d.Participants).HasJsonConversion();
        builder.Property(d => d.Itinerary).HasJsonConversion();
        builder.Property(d => d.Outcomes).HasJsonConversion();
        builder.Property(d => d.Highlights).HasJsonConversion();
        builder.Property(d => d.Topics).HasColumnType("text[]");
        builder.Property(d => d.RelatedEventIds).HasColumnType("uuid[]");

        // Lookup keys derived from the jsonb lists, as arrays with GIN indexes for the list filters.
        builder.Property(d => d.CountryCodes).HasColumnType("text[]");
        builder.Property(d => d.CityNames).HasColumnType("text[]");
        builder.Property(d => d.PersonIds).HasColumnType("uuid[]");
        builder.Property(d => d.OrganisationIds).HasColumnType("uuid[]");
        builder.HasIndex(d => d.CountryCodes).HasMethod("gin");
        builder.HasIndex(d => d.CityNames).HasMethod("gin");
        builder.HasIndex(d => d.PersonIds).HasMethod("gin");
        builder.HasIndex(d => d.OrganisationIds).HasMethod("gin");
        builder.HasIndex(d => new { d.StartDate, d.Id });
        // The publication schedule looks for due rows every few seconds; few rows ever have a plan.
        builder.HasIndex(d => d.PublishAt).HasFilter("publish_at IS NOT NULL");
    }
}
