using System.Text.Json.Serialization;
using Scc.Application.Common;
using Scc.Application.Previews;

namespace Scc.Api.Previews;

/// <summary>A new preview link and, this once, its addresses: only the link's record is kept, never its token.</summary>
/// <param name="Url">The draft as JSON, as the public will read it once it is published (<c>GetPreview</c>). Anyone holding it can read the draft until it expires or is revoked.</param>
/// <param name="EmbedUrl">For an event: the events widget's page showing the draft as the widget will show it; null for other kinds.</param>
public sealed record PreviewLinkCreated(PreviewLinkResponse Link, Uri Url, Uri? EmbedUrl) : IVersioned
{
    [JsonIgnore]
    public uint Version => Link.Version;
}
