using System.Buffers.Text;
using System.Security.Cryptography;

namespace Scc.Domain.Registrations;

/// <summary>
/// The secret that lets a registrant see and cancel their own registration: 256 random bits, base64url.
/// Only its SHA-256 hash is stored, so a copy of the database cannot be used to act for anyone.
/// </summary>
public static class ManageToken
{
    private const int Bytes = 32;

    /// <summary>Length of a token as text (base64url without padding).</summary>
    public const int Length = 43;

    public static (string Token, byte[] Hash) New()
    {
        var secret = RandomNumberGenerator.GetBytes(Bytes);
        return (Base64Url.EncodeToString(secret), SHA256.HashData(secret));
    }

    /// <summary>The hash to look a token up by; false for anything that cannot be a token.</summary>
    public static bool TryHash(string? token, out byte[] hash)
    {
        hash = [];
        // TryDecodeFromChars throws rather than fails on characters outside the alphabet: check first.
        if (token is not { Length: Length } || !Base64Url.IsValid(token.AsSpan(), out var length) || length != Bytes) return false;
        Span<byte> secret = stackalloc byte[Bytes];
        if (!Base64Url.TryDecodeFromChars(token, secret, out var written) || written != Bytes) return false;
        hash = SHA256.HashData(secret);
        return true;
    }
}
