using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Scc.Application.Common.Paging;

/// <summary>
/// An opaque keyset cursor: the sort key and id of the last item of a page, and the sort it belongs to,
/// so that a cursor is never applied to another ordering.
/// </summary>
public sealed record Cursor(string Sort, DateTimeOffset? Key, Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static bool TryDecode(string? text, string sort, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text)) return true;
        try
        {
            var decoded = JsonSerializer.Deserialize<Cursor>(Base64Url.DecodeFromChars(text));
            if (decoded is null || decoded.Sort != sort) return false;
            cursor = decoded;
            return true;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or DecoderFallbackException)
        {
            return false;
        }
    }
}
