using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Images;

/// <summary>An uploaded image as answers describe it: its size, its alternative text and the addresses of its renditions.</summary>
public sealed record ImageResponse
{
    public required Guid Id { get; init; }

    /// <summary>The image's width in pixels, upright.</summary>
    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>What the image shows, for people who cannot see it.</summary>
    public LocalizedText? Alt { get; init; }

    /// <summary>The rendition to use where only one address fits: 800 pixels wide (or the largest below that), in the original format.</summary>
    public required Uri Src { get; init; }

    /// <summary>Every rendition, by width, in WebP and in the original format: for <c>srcset</c> and <c>&lt;picture&gt;</c>.</summary>
    public required IReadOnlyList<ImageRenditionResponse> Renditions { get; init; }

    /// <summary>The answer's form of <paramref name="image"/>, its addresses on <paramref name="address"/>.</summary>
    public static ImageResponse From(UploadedImage image, PublicAddress address) => From(image, address.BaseUrl);

    /// <summary>The answer's form of <paramref name="image"/>, its addresses on <paramref name="baseUrl"/> (from the API's root where null).</summary>
    public static ImageResponse From(UploadedImage image, Uri? baseUrl)
    {
        return new ImageResponse
        {
            Id = image.Id,
            Width = image.Width,
            Height = image.Height,
            Alt = image.Alt,
            Src = PublicAddress.Link(baseUrl, Path(image.Id, SrcWidth(image), image.Format)),
            Renditions =
            [
                .. image.Formats().SelectMany(format => image.Widths.Select(width => new ImageRenditionResponse
                {
                    Width = width, Height = image.HeightAt(width), Type = ImageFormats.MediaType(format), Url = PublicAddress.Link(baseUrl, Path(image.Id, width, format)),
                })),
            ],
        };
    }

    /// <summary>The answer's form of <paramref name="image"/>, or null when there is none.</summary>
    public static ImageResponse? Describe(UploadedImage? image, PublicAddress address) => image is null ? null : From(image, address);

    /// <summary>The width of the rendition to use where only one fits: 800 pixels, or the largest below that.</summary>
    public static int SrcWidth(UploadedImage image)
    {
        const int preferredWidth = 800;
        return image.Widths.Where(w => w <= preferredWidth).DefaultIfEmpty(image.Widths.Min()).Max();
    }

    /// <summary>Where a rendition is served, from the API's root: <c>api/v1/images/{id}/{width}.{ext}</c>.</summary>
    public static string Path(Guid imageId, int width, ImageFormat format) => $"api/v1/images/{imageId}/{width}.{ImageFormats.Extension(format)}";
}
