using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Organisations;
using Scc.Domain.Programmes;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events");
        builder.IsTrashable();
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Version).IsRowVersion();
        builder.Property(e => e.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.TimeZone).HasMaxLength(64);
        builder.Property(e => e.OnlinePlatform).HasMaxLength(100);
        builder.Property(e => e.OnlineUrl).HasMaxLength(2000);
        builder.Property(e => e.WebsiteUrl).HasMaxLength(2000);
        builder.Property(e => e.ImageUrl).HasMaxLength(2000);
        builder.Property(e => e.Poster).HasJsonConversion();
        builder.Ignore(e => e.Arrangements);

        builder.Property(e => e.Title).HasJsonConversion();
        builder.Property(e => e.Summary).HasJsonConversion();
        builder.Property(e => e.Description).HasJsonConversion();
        builder.Property(e => e.StatusNote).HasJsonConversion();
        builder.Property(e => e.Schedule).HasJsonConversion();
        builder.Property(e => e.Venue).HasJsonConversion();
        builder.Property(e => e.Speakers).HasJsonConversion();
        builder.Property(e => e.Sessions).HasJsonConversion();
        builder.Property(e => e.PersonIds).HasColumnType("uuid[]");
        builder.HasIndex(e => e.PersonIds).HasMethod("gin");
        builder.Property(e => e.Outcomes).HasJsonConversion();
        builder.Property(e => e.Highlights).HasJsonConversion();
        builder.Property(e => e.Registration).HasJsonConversion();
        builder.Property(e => e.Contacts).HasJsonConversion();
        builder.Property(e => e.Tags).HasColumnType("text[]");
        builder.HasIndex(e => e.Tags).HasMethod("gin");

        // Lower-cased titles and summaries in both languages, for ?q= (see ListEventsHandler).
        builder.HasSearchColumns(
            "lower(coalesce(title->>'en', '') || ' ' || coalesce(title->>'zh-Hant', '') || ' ' || " +
            "coalesce(summary->>'en', '') || ' ' || coalesce(summary->>'zh-Hant', '') || ' ' || slug)");

        builder.HasIndex(e => new { e.WindowStart, e.Id });
        // The list's type and status filters (EXPLAIN shows a sequential scan without them).
        builder.HasIndex(e => new { e.Type, e.WindowStart, e.Id });
        builder.HasIndex(e => e.Status);
        builder.HasIndex(e => e.WindowEnd);
        // The publication schedule looks for due rows every few seconds; few rows ever have a plan.
        builder.HasIndex(e => e.PublishAt).HasFilter("publish_at IS NOT NULL");
        builder.HasIndex(e => e.UnpublishAt).HasFilter("unpublish_at IS NOT NULL");
        builder.HasOne<Event>().WithMany().HasForeignKey(e => e.ParentEventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EventSeries>().WithMany().HasForeignKey(e => e.SeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);

        // Relations to other aggregates live in tables with foreign keys: an organisation or funding
        // programme in use cannot be deleted, and "events of organisation X in role Y" is an indexed join.
        builder.OwnsMany(e => e.Organisations, organisation =>
        {
            organisation.ToTable("event_organisations");
            organisation.WithOwner().HasForeignKey("EventId");
            organisation.Property(o => o.Role).HasConversion<string>().HasMaxLength(40);
            organisation.HasKey("EventId", nameof(EventOrganisation.OrganisationId), nameof(EventOrganisation.Role));
            organisation.HasIndex(o => new { o.OrganisationId, o.Role });
            organisation.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(e => e.Funding, funding =>
        {
            funding.ToTable("event_funding_programmes");
            funding.WithOwner().HasForeignKey("EventId");
            funding.HasKey("EventId", nameof(EventFunding.FundingProgrammeId));
            funding.HasOne<FundingProgramme>().WithMany().HasForeignKey(f => f.FundingProgrammeId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
