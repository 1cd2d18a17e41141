using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Scc.Api.Tests.Support;

/// <summary>Real JWTs signed with a key the API under test is configured to trust.</summary>
public static class TestTokens
{
    public const string Issuer = "scc-tests";
    public const string Audience = "scc-api";

    // 512 bits, so that the same key can also sign HS384 and HS512 tokens (which the API must refuse).
    public static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(64);

    public static string For(string? role, bool expired = false, byte[]? signingKey = null, string? subject = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = subject ?? "staff-" + (role ?? "none") };
        if (role is not null) claims["role"] = role;
        return Create(claims, expired ? now.AddHours(-1) : now.AddHours(1), signingKey: signingKey);
    }

    /// <summary>
    /// A token with exactly these claims (an array value becomes one claim per item), valid until
    /// <paramref name="expires"/>, signed with <paramref name="algorithm"/> by the test key unless another key is given.
    /// </summary>
    public static string Create(IDictionary<string, object> claims, DateTime expires, string algorithm = SecurityAlgorithms.HmacSha256,
        byte[]? signingKey = null, string issuer = Issuer, SigningCredentials? credentials = null)
    {
        var issuedAt = expires.AddHours(-2);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Claims = claims,
            NotBefore = issuedAt,
            IssuedAt = issuedAt,
            Expires = expires,
            SigningCredentials = credentials ?? new SigningCredentials(new SymmetricSecurityKey(signingKey ?? SigningKey), algorithm),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
