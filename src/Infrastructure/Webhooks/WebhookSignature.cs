using System.Security.Cryptography;
using System.Text;

namespace Scc.Infrastructure.Webhooks;

/// <summary>
/// Deprecated, kept for API version 1's receivers written before <see cref="StandardWebhookSignature"/>:
/// <c>Scc-Signature: v1=</c> the lower-case hex HMAC-SHA256, keyed with the subscription's secret (UTF-8), of
/// <c>{timestamp}.{body}</c>, where timestamp is the <c>Scc-Timestamp</c> header (Unix seconds).
/// </summary>
public static class WebhookSignature
{
    public const string Scheme = "v1=";

    public static string Sign(string secret, long timestamp, string body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + body);
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, string timestampHeader, string body, string signatureHeader)
    {
        if (!long.TryParse(timestampHeader, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var timestamp)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signatureHeader));
    }
}
