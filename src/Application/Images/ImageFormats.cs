using Scc.Domain.Common;

namespace Scc.Application.Images;

/// <summary>Each image format's media type and the file extension its renditions are served under.</summary>
public static class ImageFormats
{
    public static readonly IReadOnlyList<string> Extensions = ["webp", "jpg", "png"];

    public static string MediaType(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Webp => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Png => "png",
        ImageFormat.Webp => "webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static bool TryParseExtension(string? extension, out ImageFormat format)
    {
        (var known, format) = extension switch
        {
            "jpg" => (true, ImageFormat.Jpeg),
            "png" => (true, ImageFormat.Png),
            "webp" => (true, ImageFormat.Webp),
            _ => (false, default),
        };
        return known;
    }
}
