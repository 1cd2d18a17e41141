using Scc.Domain.Common;

namespace Scc.Application.Images;

/// <summary>
/// Where the renditions' bytes are kept, shared by every instance of the API (port; PostgreSQL by default, an object store
/// could take its place). The image's description (size, widths, alternative text) stays with the content it belongs to.
/// </summary>
public interface IImageStore
{
    /// <summary>Stores every rendition of image <paramref name="imageId"/>. In a database transaction, it commits or rolls back with it.</summary>
    Task SaveAsync(Guid imageId, IReadOnlyList<ImageRendition> renditions, CancellationToken cancellationToken);

    /// <summary>The rendition of that width and format, or null when there is none.</summary>
    Task<StoredRendition?> FindAsync(Guid imageId, int width, ImageFormat format, CancellationToken cancellationToken);

    /// <summary>Removes every rendition of the image; nothing when there are none.</summary>
    Task RemoveAsync(Guid imageId, CancellationToken cancellationToken);
}
