using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Application.Common.Auditing;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ActorKind).HasMaxLength(20);
        builder.Property(a => a.ActorId).HasMaxLength(200);
        builder.Property(a => a.IpAddress).HasMaxLength(45);
        builder.Property(a => a.TraceId).HasMaxLength(64);
        builder.Property(a => a.ResourceType).HasMaxLength(40);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Changes).HasJsonConversion();
        // The list's filters, each with the id (newest first) that pages them; a time range is an id range (version 7
        // ids), served by the primary key.
        builder.HasIndex(a => new { a.ResourceType, a.ResourceId, a.Id });
        builder.HasIndex(a => new { a.ResourceId, a.Id });
        builder.HasIndex(a => new { a.ActorKind, a.ActorId, a.Id });
        builder.HasIndex(a => new { a.Action, a.Id });
    }
}
