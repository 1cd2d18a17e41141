namespace Scc.Domain.Common;

/// <summary>
/// An image uploaded for a piece of content (an event's poster, an organisation's logo, a person's portrait): its size and
/// original format as stored, the widths of its renditions, and its alternative text. The renditions' bytes are kept by
/// the image store under <see cref="Id"/>; each width exists in WebP and in the original format.
/// </summary>
/// <param name="Widths">The renditions' widths, ascending; never wider than the image itself.</param>
public sealed record UploadedImage(Guid Id, int Width, int Height, ImageFormat Format, IReadOnlyList<int> Widths, LocalizedText? Alt = null)
{
    /// <summary>The formats each width is stored in: WebP, and the original format when it is another.</summary>
    public IReadOnlyList<ImageFormat> Formats() => Format == ImageFormat.Webp ? [ImageFormat.Webp] : [ImageFormat.Webp, Format];

    /// <summary>The height of the rendition <paramref name="width"/> pixels wide, the aspect ratio kept.</summary>
    public int HeightAt(int width) => Math.Max(1, (int)Math.Round((double)Height * width / Width));

    /// <summary>Whether a rendition of this width and format is stored.</summary>
    public bool Has(int width, ImageFormat format) => Widths.Contains(width) && Formats().Contains(format);
}
