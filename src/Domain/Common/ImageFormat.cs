namespace Scc.Domain.Common;

/// <summary>The image formats the API accepts and serves.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
}
