using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.IsTrashable();
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Version).IsRowVersion();
        builder.Property(o => o.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Acronym).HasMaxLength(30);
        builder.HasIndex(o => o.Acronym);
        builder.Property(o => o.Name).HasJsonConversion();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.CountryCode).HasMaxLength(2);
        builder.Property(o => o.Description).HasJsonConversion();
        builder.Property(o => o.WebsiteUrl).HasMaxLength(2000);
        builder.Property(o => o.LogoUrl).HasMaxLength(2000);
        builder.Property(o => o.Logo).HasJsonConversion();
        // Lower-cased acronym and names in both languages, for ?q= (see ListOrganisationsHandler).
        builder.HasSearchColumns("lower(coalesce(acronym, '') || ' ' || coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', ''))");
    }
}
