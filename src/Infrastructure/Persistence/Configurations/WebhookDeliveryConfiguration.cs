using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Application.Common.Outbox;
using Scc.Domain.Webhooks;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Version).IsRowVersion();
        builder.Property(d => d.EventType).HasMaxLength(60);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        // The dispatcher's claim: due deliveries in order of due time.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("next_attempt_at IS NOT NULL");
        builder.HasIndex(d => new { d.SubscriptionId, d.Id });
    }
}
