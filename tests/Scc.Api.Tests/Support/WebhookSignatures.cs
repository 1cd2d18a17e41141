using System.Security.Cryptography;
using System.Text;

namespace Scc.Api.Tests.Support;

/// <summary>The receiver's side of a webhook signature, as docs/integration.md shows it.</summary>
public static class WebhookSignatures
{
    /// <summary>HMAC-SHA256 with the secret over "{timestamp}.{body}", hex, after "v1=", compared in constant time.</summary>
    public static bool Verify(string secret, ReceivedWebhook request)
    {
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(request.Timestamp + "." + request.Body)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(request.Signature));
    }
}
