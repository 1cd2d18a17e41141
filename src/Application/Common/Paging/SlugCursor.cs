using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Scc.Application.Common.Paging;

/// <summary>
/// An opaque keyset cursor for lists ordered by slug: the slug of the last item of a page. Slugs are unique,
/// so the slug alone is a complete key.
/// </summary>
public sealed record SlugCursor(string Slug)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static bool TryDecode(string? text, out SlugCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text)) return true;
        try
        {
            var decoded = JsonSerializer.Deserialize<SlugCursor>(Base64Url.DecodeFromChars(text));
            if (decoded is not { Slug.Length: > 0 }) return false;
            cursor = decoded;
            return true;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or DecoderFallbackException)
        {
            return false;
        }
    }
}
