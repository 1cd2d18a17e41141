using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.Programmes;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.IsTrashable();
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Name).HasJsonConversion();
        builder.Property(p => p.Description).HasJsonConversion();
        builder.Property(p => p.WebsiteUrl).HasMaxLength(2000);
        // Lower-cased names and descriptions in both languages, for the search (ADR 22).
        builder.HasSearchColumns(
            "lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', '') || ' ' || " +
            "coalesce(description->>'en', '') || ' ' || coalesce(description->>'zh-Hant', '') || ' ' || slug)");
        // Organisations in roles live in their own table so that an organisation in use cannot be deleted.
        builder.OwnsMany(p => p.Organisations, organisation =>
        {
            organisation.ToTable("programme_organisations");
            organisation.WithOwner().HasForeignKey("ProgrammeId");
            organisation.Property(o => o.Role).HasConversion<string>().HasMaxLength(40);
            organisation.HasKey("ProgrammeId", nameof(ProgrammeOrganisation.OrganisationId), nameof(ProgrammeOrganisation.Role));
            organisation.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(p => p.Organisations).UsePropertyAccessMode(PropertyAccessMode.Property);
    }
}
