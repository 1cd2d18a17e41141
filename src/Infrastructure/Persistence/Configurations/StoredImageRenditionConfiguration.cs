using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Scc.Infrastructure.Images;

namespace Scc.Infrastructure.Persistence.Configurations;

internal sealed class StoredImageRenditionConfiguration : IEntityTypeConfiguration<StoredImageRendition>
{
    public void Configure(EntityTypeBuilder<StoredImageRendition> builder)
    {
        builder.ToTable("image_renditions");
        // One address per key: /api/v1/images/{imageId}/{width}.{ext}.
        builder.HasKey(r => new { r.ImageId, r.Width, r.Format });
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.MediaType).HasMaxLength(20);
        builder.Property(r => r.ETag).HasColumnName("etag").HasMaxLength(40);
        builder.Property(r => r.Content).HasColumnType("bytea");
    }
}
