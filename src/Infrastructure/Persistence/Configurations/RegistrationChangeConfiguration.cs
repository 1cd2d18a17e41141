using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Application.Registrations.Changes;

namespace Scc.Infrastructure.Persistence.Configurations;

/// <summary>
/// The changes feed's table. Rows are written only by the trigger <c>registrations_record_change</c> (see the
/// migration AddIntegrationApi), never by EF Core, so every path that writes a registration, plain SQL included,
/// is recorded in the writing transaction.
/// </summary>
internal sealed class RegistrationChangeConfiguration : IEntityTypeConfiguration<RegistrationChange>
{
    public void Configure(EntityTypeBuilder<RegistrationChange> builder)
    {
        builder.ToTable("registration_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseIdentityByDefaultColumn();
        builder.Property(c => c.TransactionId).HasColumnName("xid").HasColumnType("xid8").HasDefaultValueSql("pg_current_xact_id()");
        builder.Property(c => c.Change).HasMaxLength(20);
        builder.Property(c => c.Status).HasMaxLength(20);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.ExternalReference).HasMaxLength(100);
        builder.Property(c => c.OccurredAt).HasDefaultValueSql("clock_timestamp()");
        builder.HasIndex(c => new { c.TransactionId, c.Id });
        builder.HasIndex(c => c.RegistrationId);
    }
}
