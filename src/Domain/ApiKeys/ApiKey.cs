using System.Security.Cryptography;
using System.Text;
using Scc.Domain.Common;

namespace Scc.Domain.ApiKeys;

/// <summary>
/// A key that lets an integration script call the API without a staff token. Only the SHA-256 hash of the
/// key is kept; the key is shown once, when it is created. Its <see cref="Prefix"/> is not secret and
/// identifies the key in lists and logs, so a leaked key can be found and revoked.
/// </summary>
public sealed class ApiKey : Entity
{
    private ApiKey(Guid id) : base(id) { }

    public string Name { get; private set; } = null!;

    /// <summary>The visible start of the key, <c>scc_</c> and a public id: unique, and what the key is looked up by.</summary>
    public string Prefix { get; private set; } = null!;

    /// <summary>SHA-256 of the whole key.</summary>
    public byte[] SecretHash { get; private set; } = [];

    public IReadOnlyList<string> Scopes { get; private set; } = [];

    /// <summary>When set, the key sees and changes only this event's registrations.</summary>
    public Guid? EventId { get; private set; }

    /// <summary>Who created it: the staff token's subject.</summary>
    public string CreatedBy { get; private set; } = null!;

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>A new key and, once, its secret text.</summary>
    public static Result<(ApiKey Key, string Secret)> Create(
        string name, IEnumerable<string> scopes, Guid? eventId, string createdBy, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        if (expiresAt is { } expires && expires <= now) return ApiKeyErrors.ExpiryInThePast;
        var scopeList = scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (scopeList.Count == 0) return ApiKeyErrors.NoScope;
        if (scopeList.FirstOrDefault(s => !ApiKeyScopes.All.Contains(s)) is { } unknown) return ApiKeyErrors.UnknownScope(unknown);
        if (eventId is not null && scopeList.Any(ApiKeyScopes.Content.Contains)) return ApiKeyErrors.ContentScopeForOneEvent;
        var (secret, prefix) = ApiKeySecret.New();
        var key = new ApiKey(Guid.CreateVersion7())
        {
            Name = name,
            Prefix = prefix,
            SecretHash = ApiKeySecret.Hash(secret),
            Scopes = scopeList,
            EventId = eventId,
            CreatedBy = createdBy,
            ExpiresAt = expiresAt,
        };
        return (key, secret);
    }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } expires || expires > now);

    /// <summary>True when <paramref name="secret"/> is this key; compared in constant time.</summary>
    public bool Matches(string secret) => CryptographicOperations.FixedTimeEquals(ApiKeySecret.Hash(secret), SecretHash);

    /// <summary>Revokes the key for good; revoking again keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}

/// <summary>The text of a key: <c>scc_</c>, a 12-character public id, <c>_</c>, and 256 random bits in base64url.</summary>
public static class ApiKeySecret
{
    public const string Start = "scc_";
    private const int PublicIdLength = 12;
    public const int PrefixLength = 16;
    public const int Length = PrefixLength + 1 + 43;

    public static (string Secret, string Prefix) New()
    {
        var prefix = Start + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PublicIdLength / 2));
        return (prefix + "_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), prefix);
    }

    /// <summary>The prefix to look a presented key up by; false for text that cannot be a key.</summary>
    public static bool TryPrefix(string? secret, out string prefix)
    {
        prefix = "";
        if (secret is not { Length: Length } || !secret.StartsWith(Start, StringComparison.Ordinal) || secret[PrefixLength] != '_') return false;
        prefix = secret[..PrefixLength];
        return true;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
