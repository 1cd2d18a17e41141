using Scc.Domain.Common;

namespace Scc.Application.Images;

/// <summary>An upload checked, turned upright and re-encoded without its metadata, in every rendition it gets.</summary>
/// <param name="Width">The upright image's width (after its EXIF orientation is applied).</param>
public sealed record ProcessedImage(int Width, int Height, ImageFormat Format, IReadOnlyList<ImageRendition> Renditions);
