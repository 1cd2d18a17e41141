using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Webhooks;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.EventTypes).HasColumnType("text[]");
        // Data Protection's text form of a secret of at most 200 characters is under 400 characters.
        builder.Property(s => s.ProtectedSecret).HasMaxLength(1000);
        builder.Property(s => s.ProtectedPreviousSecret).HasMaxLength(1000);
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.Property(s => s.DisabledReason).HasMaxLength(200);
    }
}
