using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Domain.Previews;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class PreviewLinkConfiguration : IEntityTypeConfiguration<PreviewLink>
{
    public void Configure(EntityTypeBuilder<PreviewLink> builder)
    {
        builder.ToTable("preview_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Version).IsRowVersion();
        // The item is an event, delegation, MoU or digest: no foreign key, as the trash keeps the item's row anyway.
        builder.Property(l => l.ItemType).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(l => new { l.ItemType, l.ItemId });
        builder.Property(l => l.CreatedBy).HasMaxLength(200);
    }
}
