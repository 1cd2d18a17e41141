using System.Security.Cryptography;
using System.Text;
using Scc.Application.Webhooks;

namespace Scc.Infrastructure.Webhooks;

/// <summary>
/// The Standard Webhooks signature (standardwebhooks.com): <c>v1,</c> and the base64 HMAC-SHA256 of
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c>, keyed with the secret's key (<see cref="WebhookSecrets.KeyOf"/>).
/// </summary>
public static class StandardWebhookSignature
{
    /// <summary>
    /// The <c>webhook-signature</c> header: one signature per secret, space-separated. With several, the last is written
    /// twice: the StandardWebhooks NuGet package (1.1.2) stops reading before the last of several signatures, and a
    /// receiver using it with the previous secret during a rotation would otherwise be refused; a repeated signature is
    /// harmless to every other verifier.
    /// </summary>
    public static string Header(IReadOnlyList<string> secrets, string id, long timestamp, string body)
    {
        var signatures = secrets.Select(secret => Sign(secret, id, timestamp, body)).ToList();
        if (signatures.Count > 1) signatures.Add(signatures[^1]);
        return string.Join(' ', signatures);
    }

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var signed = Encoding.UTF8.GetBytes($"{id}.{timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(WebhookSecrets.KeyOf(secret), signed));
    }
}
