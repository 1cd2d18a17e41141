namespace Scc.Application.Images;

/// <summary>One rendition of an uploaded image: a width in one format, at a stable address that is cached for a year.</summary>
public sealed record ImageRenditionResponse
{
    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>The media type: image/webp, image/jpeg or image/png.</summary>
    public required string Type { get; init; }

    public required Uri Url { get; init; }
}
