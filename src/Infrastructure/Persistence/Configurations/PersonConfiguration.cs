using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Application.People.ListPeople;
using Scc.Domain.Common;
using Scc.Domain.People;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.IsTrashable();
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Name).HasJsonConversion();
        builder.Property(p => p.Honorific).HasMaxLength(30);
        builder.Property(p => p.Appointments).HasJsonConversion();
        builder.Property(p => p.Portrait).HasJsonConversion();

        // Lower-cased names in both languages, for ?q= (see ListPeopleHandler).
        builder.HasSearchColumns("lower(coalesce(name->>'en', '') || ' ' || coalesce(name->>'zh-Hant', ''))");
        // The organisations of the appointments as a JSON array's text, for ?organisationId= (see ListPeopleHandler).
        builder.Property<string>(ListPeopleHandler.OrganisationIdsColumn)
            .HasComputedColumnSql("jsonb_path_query_array(appointments, '$[*].organisationId')::text", stored: true);
    }
}
