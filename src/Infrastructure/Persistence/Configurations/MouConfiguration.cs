using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class MouConfiguration : IEntityTypeConfiguration<Mou>
{
    public void Configure(EntityTypeBuilder<Mou> builder)
    {
        builder.ToTable("mous");
        builder.IsTrashable();
        builder.HasKey(m => m.Id);
        // Lower-cased titles and purposes in both languages, for search.
        builder.HasSearchColumns("lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || coalesce(purpose->>'en', '') || ' ' || coalesce(purpose->>'zh-Hant', '') || ' ' || slug)");
        builder.Property(m => m.Version).IsRowVersion();
        builder.Property(m => m.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.Property(m => m.Visibility).HasConversion<string>().HasMaxLength(20);

        builder.Property(m => m.Title).HasJsonConversion();
        builder.Property(m => m.Purpose).HasJsonConversion();
        builder.Property(m => m.Scope).HasJsonConversion();
        builder.Property(m => m.Parties).HasJsonConversion();
        builder.Property(m => m.SignedAt).HasJsonConversion();
        builder.Property(m => m.TerminationNote).HasJsonConversion();
        builder.Property(m => m.FollowUpEventIds).HasColumnType("uuid[]");
        builder.Property(m => m.FollowUpDelegationIds).HasColumnType("uuid[]");

        // The parties' organisations, derived from the jsonb parties, for ?partyId=.
        builder.Property(m => m.PartyOrganisationIds).HasColumnType("uuid[]");
        builder.HasIndex(m => m.PartyOrganisationIds).HasMethod("gin");
        builder.HasIndex(m => new { m.SignedOn, m.Id });
        builder.HasIndex(m => m.DelegationId);
        // The publication schedule looks for due rows every few seconds; few rows ever have a plan.
        builder.HasIndex(m => m.PublishAt).HasFilter("publish_at IS NOT NULL");
    }
}
