namespace Scc.Application.Images;

/// <summary>What an upload may be, and which renditions are made of it (ADR 23).</summary>
public static class ImageLimits
{
    /// <summary>The largest file accepted: 10 MB.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The most pixels an image may declare (100 megapixels): more is refused before decoding, as a decompression bomb would be.</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>The longest side an image may declare, in pixels.</summary>
    public const int MaxSide = 20_000;

    /// <summary>The widths renditions are made at; only those no wider than the image (an image narrower than the first gets its own width).</summary>
    public static readonly IReadOnlyList<int> RenditionWidths = [320, 800, 1600];

    /// <summary>The rendition widths for an image <paramref name="width"/> pixels wide: never wider than it, at least one.</summary>
    public static IReadOnlyList<int> WidthsFor(int width)
    {
        var widths = RenditionWidths.Where(w => w <= width).ToList();
        return widths.Count > 0 ? widths : [width];
    }

    /// <summary>The largest alternative text, per language.</summary>
    public const int MaxAltLength = 500;
}
