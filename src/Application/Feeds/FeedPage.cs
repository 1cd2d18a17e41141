using System.Text.Json.Serialization;

namespace Scc.Application.Feeds;

/// <summary>One page of the events feed; <c>nextCursor</c> is null on the last page.</summary>
/// <param name="Language">The language the texts were asked in (en or zh-Hant); see each item's <c>fallback</c>.</param>
public sealed record FeedPage(IReadOnlyList<FeedEvent> Items, string? NextCursor, string Language)
{
    /// <summary>The latest change to any event of the page (for Last-Modified); null for an empty page.</summary>
    [JsonIgnore]
    public DateTimeOffset? LastModified => Items.Count == 0 ? null : Items.Max(i => i.UpdatedAt);
}
