using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;
using Scc.Domain.Programmes;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.ToTable("partnerships");
        builder.IsTrashable();
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.SccRole).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.PartnerRole).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.ScopeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Contact).HasJsonConversion();
        builder.Property(p => p.Notes).HasJsonConversion();
        // Lower-cased public notes in both languages and the slug, for the search (ADR 22); the search adds the partner's
        // name from its organisation. Never the contact, who is personal data.
        builder.HasSearchColumns("lower(coalesce(notes->>'en', '') || ' ' || coalesce(notes->>'zh-Hant', '') || ' ' || slug)");
        builder.HasIndex(p => new { p.OrganisationId, p.SccRole });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Event>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EventSeries>().WithMany().HasForeignKey(p => p.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}
