using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Scc.Application.Common.Idempotency;

/// <summary>A client's <c>Idempotency-Key</c>: its lookup hash, and the cipher for the answer stored under it.</summary>
public sealed class IdempotencyKey
{
    public const int MinLength = 16;
    public const int MaxLength = 255;

    /// <summary>How long a key's answer is replayed; after that the key may be used afresh.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly byte[] _secret;

    public IdempotencyKey(string key)
    {
        _secret = Encoding.UTF8.GetBytes(key);
        Hash = HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, 32, info: "scc idempotency lookup"u8.ToArray());
    }

    public byte[] Hash { get; }

    public static byte[] RequestHash(object request, params object[] routeValues)
    {
        var text = string.Join('\n', routeValues.Select(v => v.ToString())) + '\n' + JsonSerializer.Serialize(request, request.GetType());
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }

    public byte[] Seal<T>(T outcome)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(outcome);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using var aes = new AesGcm(CipherKey(), tag.Length);
        aes.Encrypt(nonce, plain, cipher, tag);
        return [.. nonce, .. tag, .. cipher];
    }

    public T Open<T>(byte[] sealedOutcome)
    {
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        var plain = new byte[sealedOutcome.Length - nonceSize - tagSize];
        using var aes = new AesGcm(CipherKey(), tagSize);
        aes.Decrypt(sealedOutcome.AsSpan(0, nonceSize), sealedOutcome.AsSpan(nonceSize + tagSize), sealedOutcome.AsSpan(nonceSize, tagSize), plain);
        return JsonSerializer.Deserialize<T>(plain)!;
    }

    private byte[] CipherKey() => HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, 32, info: "scc idempotency answer"u8.ToArray());
}
