using Scc.Domain.Common;

namespace Scc.Application.Images;

public static class ImageErrors
{
    public static readonly Error UnsupportedType = new("unsupported_image_type",
        "The file is not a JPEG, PNG or WebP image (told by its content, not its name).", ErrorKind.UnsupportedMediaType);

    public static readonly Error DimensionsTooLarge = new("image_dimensions_too_large",
        $"The image is too large: at most {ImageLimits.MaxPixels / 1_000_000} megapixels and {ImageLimits.MaxSide:N0} pixels a side.", ErrorKind.Unprocessable);

    public static readonly Error Unreadable = new("image_unreadable",
        "The image cannot be read: the file is truncated or damaged.", ErrorKind.Unprocessable);

    public static readonly Error FileTooLarge = new("payload_too_large",
        $"The file is too large: at most {ImageLimits.MaxFileBytes:N0} bytes.", ErrorKind.TooLarge);

    public static readonly Error NotFound = Error.NotFound("The image");
}
