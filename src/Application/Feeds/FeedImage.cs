using Scc.Application.Images;

namespace Scc.Application.Feeds;

/// <summary>An uploaded image in a feed: as in the API's answers, its alternative text in the feed's language.</summary>
public sealed record FeedImage
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    public string? Alt { get; init; }

    /// <summary>800 pixels wide (or the largest below that), in the original format.</summary>
    public required Uri Src { get; init; }

    /// <summary>Every rendition, by width, in WebP and in the original format.</summary>
    public required IReadOnlyList<ImageRenditionResponse> Renditions { get; init; }

    public static FeedImage From(ImageResponse image, string? alt) =>
        new() { Width = image.Width, Height = image.Height, Alt = alt, Src = image.Src, Renditions = image.Renditions };
}
