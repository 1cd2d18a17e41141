using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Application.Common.Outbox;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(60);
        // text, not jsonb: a webhook body must be sent byte for byte the same on every attempt.
        builder.Property(m => m.Payload).HasColumnType("text");
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Ignore(m => m.IsEmail);
        // What the dispatcher looks for: messages not yet handed on, by when they are due.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("processed_at IS NULL");
        builder.HasIndex(m => new { m.Type, m.Id });
    }
}
