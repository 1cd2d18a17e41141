using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Scc.Application.Registrations.Changes;

/// <summary>
/// A position in the changes feed: the transaction id and row id of the last change returned. Opaque to
/// clients (base64url); the feed continues strictly after it in (transaction id, id) order.
/// </summary>
public sealed record ChangeCursor(long TransactionId, long Id)
{
    public static ChangeCursor Start { get; } = new(0, 0);

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"c1.{TransactionId}.{Id}")));

    public static bool TryDecode(string? text, out ChangeCursor cursor)
    {
        cursor = Start;
        if (string.IsNullOrEmpty(text)) return true;
        if (text.Length > 100 || !Base64Url.IsValid(text.AsSpan())) return false;
        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
        if (parts is not ["c1", var xid, var id] ||
            !long.TryParse(xid, NumberStyles.None, CultureInfo.InvariantCulture, out var transactionId) ||
            !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var rowId)) return false;
        cursor = new ChangeCursor(transactionId, rowId);
        return true;
    }
}
