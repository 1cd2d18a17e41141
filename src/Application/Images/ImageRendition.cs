using Scc.Domain.Common;

namespace Scc.Application.Images;

/// <summary>One rendition of an uploaded image, encoded: a width in one format.</summary>
public sealed record ImageRendition(int Width, int Height, ImageFormat Format, byte[] Content);
