namespace Scc.Application.Images;

/// <summary>A stored rendition as it is served: its bytes, media type and strong entity tag (quoted).</summary>
public sealed record StoredRendition(byte[] Content, string MediaType, string ETag);
