using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;
using Scc.Domain.Organisations;
using Scc.Domain.Programmes;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class FundingProgrammeConfiguration : IEntityTypeConfiguration<FundingProgramme>
{
    public void Configure(EntityTypeBuilder<FundingProgramme> builder)
    {
        builder.ToTable("funding_programmes");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Version).IsRowVersion();
        builder.Property(f => f.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.Property(f => f.Acronym).HasMaxLength(30);
        builder.Property(f => f.Name).HasJsonConversion();
        builder.Property(f => f.Disclaimer).HasJsonConversion();
        // Lower-cased names in both languages and the acronym, for ?q= (see ListFundingProgrammesHandler).
        builder.HasSearchColumns("lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', '') || ' ' || coalesce(acronym, ''))");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.FunderOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
