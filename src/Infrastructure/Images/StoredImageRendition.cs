using Scc.Domain.Common;

namespace Scc.Infrastructure.Images;

/// <summary>A rendition's bytes in PostgreSQL (<see cref="PostgresImageStore"/>): one row per image, width and format.</summary>
public sealed class StoredImageRendition
{
    private StoredImageRendition()
    {
    }

    public StoredImageRendition(Guid imageId, int width, int height, ImageFormat format, string mediaType, byte[] content, string etag, DateTimeOffset createdAt)
    {
        ImageId = imageId;
        Width = width;
        Height = height;
        Format = format;
        MediaType = mediaType;
        Content = content;
        ETag = etag;
        CreatedAt = createdAt;
    }

    public Guid ImageId { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public ImageFormat Format { get; private set; }

    public string MediaType { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    /// <summary>The strong entity tag, quoted: a hash of the bytes, which never change under one address.</summary>
    public string ETag { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
