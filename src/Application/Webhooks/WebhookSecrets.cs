using System.Security.Cryptography;
using System.Text;

namespace Scc.Application.Webhooks;

/// <summary>
/// Signing secrets in the Standard Webhooks form, <c>whsec_</c> and the key in base64, which the standard's verification
/// libraries take as they are.
/// </summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";

    /// <summary>The key sizes the standard allows, in bytes.</summary>
    public const int MinKeyBytes = 24, MaxKeyBytes = 64;

    /// <summary>256 random bits.</summary>
    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>True for <c>whsec_</c> and the base64 of a 24- to 64-byte key.</summary>
    public static bool IsStandard(string secret) => StandardKey(secret) is not null;

    /// <summary>
    /// The HMAC key: the decoded key of a standard secret; for a secret of another form (supplied, or generated, before
    /// the standard's form was required) its UTF-8 bytes, which the standard's libraries take as a "raw" secret.
    /// </summary>
    public static byte[] KeyOf(string secret) => StandardKey(secret) ?? Encoding.UTF8.GetBytes(secret);

    private static byte[]? StandardKey(string secret)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var encoded = secret.AsSpan(Prefix.Length);
        var key = new byte[encoded.Length];
        return Convert.TryFromBase64Chars(encoded, key, out var length) && length is >= MinKeyBytes and <= MaxKeyBytes ? key[..length] : null;
    }
}
