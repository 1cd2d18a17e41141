using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    /// <summary>One live registration per email and event, even when two requests race.</summary>
    public const string OneLivePerEmailIndex = "ux_registrations_event_id_email_key_live";

    /// <summary>No two people at one waiting-list position.</summary>
    public const string WaitlistPositionIndex = "ux_registrations_event_id_waitlist_position";

    /// <summary>One registration per integration reference and event.</summary>
    public const string ExternalReferenceIndex = "ux_registrations_event_id_external_reference";

    /// <summary>A check-in code finds one registration, whatever the event: the door is told when it is another event's.</summary>
    public const string CheckInCodeIndex = "ux_registrations_check_in_code";

    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.EmailKey).HasMaxLength(254);
        builder.Property(r => r.ManageTokenHash).HasMaxLength(32);
        builder.HasIndex(r => r.ManageTokenHash).IsUnique();
        builder.Property(r => r.CheckInCode).HasMaxLength(CheckInCodes.MaxLength);
        builder.HasIndex(r => r.CheckInCode).IsUnique().HasDatabaseName(CheckInCodeIndex);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Exhibitor).HasJsonConversion();
        builder.Property(r => r.Consent).HasJsonConversion();
        builder.Property(r => r.Answers).HasJsonConversion();
        builder.OwnsOne(r => r.Registrant, registrant =>
        {
            registrant.Property(p => p.Name).HasMaxLength(200);
            registrant.Property(p => p.Email).HasMaxLength(254);
            registrant.Property(p => p.Phone).HasMaxLength(40);
            registrant.Property(p => p.Company).HasMaxLength(200);
        });
        builder.Navigation(r => r.Registrant).IsRequired();

        builder.HasIndex(r => new { r.EventId, r.EmailKey }).IsUnique()
            .HasDatabaseName(OneLivePerEmailIndex)
            .HasFilter($"status NOT IN ('{RegistrationStatus.Cancelled}', '{RegistrationStatus.Rejected}')");
        builder.HasIndex(r => new { r.EventId, r.WaitlistPosition }).IsUnique()
            .HasDatabaseName(WaitlistPositionIndex)
            .HasFilter("waitlist_position IS NOT NULL");
        builder.HasIndex(r => new { r.EventId, r.Status });
        builder.Property(r => r.ExternalReference).HasMaxLength(100);
        builder.HasIndex(r => new { r.EventId, r.ExternalReference }).IsUnique()
            .HasDatabaseName(ExternalReferenceIndex)
            .HasFilter("external_reference IS NOT NULL");
        builder.HasIndex(r => r.UpdatedAt);
        // Manage links are sent again by address, across events.
        builder.HasIndex(r => r.EmailKey);
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
    }
}
