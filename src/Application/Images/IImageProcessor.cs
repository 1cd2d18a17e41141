using Scc.Domain.Common;

namespace Scc.Application.Images;

/// <summary>
/// Checks an uploaded file and makes its renditions (port; implemented in Infrastructure with an image library). The
/// format is told by the content, never by a name; the dimensions are read from the header before anything is decoded.
/// </summary>
public interface IImageProcessor
{
    /// <summary>
    /// The renditions of <paramref name="content"/>, or <see cref="ImageErrors.UnsupportedType"/>,
    /// <see cref="ImageErrors.DimensionsTooLarge"/> or <see cref="ImageErrors.Unreadable"/>.
    /// </summary>
    Result<ProcessedImage> Process(byte[] content);
}
