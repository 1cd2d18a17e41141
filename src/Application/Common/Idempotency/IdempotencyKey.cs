using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Scc.Application.Common.Idempotency;

/// <summary>
/// A client's <c>Idempotency-Key</c>: its lookup hash, and the cipher for the answer stored under it. A key belongs to
/// its owner (the staff user, the API key, or for anonymous callers their network): both are derived from the key and
/// the owner together, so the same key sent by another caller finds nothing and opens nothing (ADR 15).
/// </summary>
public sealed class IdempotencyKey
{
    public const int MinLength = 16;
    public const int MaxLength = 255;

    /// <summary>How long a key's answer is replayed; after that the key may be used afresh.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly byte[] _secret;

    private readonly byte[] _owner;

    /// <param name="key">The header's value.</param>
    /// <param name="owner">Who sent it, as <c>IdempotencyOwner</c> names callers (<c>user:…</c>, <c>apiKey:…</c>, <c>anonymous:…</c>).</param>
    public IdempotencyKey(string key, string owner)
    {
        _secret = Encoding.UTF8.GetBytes(key);
        _owner = Encoding.UTF8.GetBytes(owner);
        Hash = HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, 32, salt: _owner, info: "scc idempotency lookup"u8.ToArray());
    }

    public byte[] Hash { get; }

    public static byte[] RequestHash(object request, params object[] routeValues)
    {
        var text = string.Join('\n', routeValues.Select(v => v.ToString())) + '\n' + JsonSerializer.Serialize(request, request.GetType());
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Encrypts an answer (<see cref="KeptAnswer"/>) under a key only this key and owner derive.</summary>
    public byte[] Seal(byte[] plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using var aes = new AesGcm(CipherKey(), tag.Length);
        aes.Encrypt(nonce, plain, cipher, tag);
        return [.. nonce, .. tag, .. cipher];
    }

    public byte[] Open(byte[] sealedOutcome)
    {
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[sealedOutcome.Length - nonceSize - tagSize];
        using var aes = new AesGcm(CipherKey(), tagSize);
        aes.Decrypt(sealedOutcome.AsSpan(0, nonceSize), sealedOutcome.AsSpan(nonceSize + tagSize), sealedOutcome.AsSpan(nonceSize, tagSize), plain);
        return plain;
    }

    private byte[] CipherKey() => HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, 32, salt: _owner, info: "scc idempotency answer"u8.ToArray());
}
