using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Scc.Api.Tests.Support;

/// <summary>Real JWTs signed with a key the API under test is configured to trust.</summary>
public static class TestTokens
{
    public const string Issuer = "scc-tests";
    public const string Audience = "scc-api";

    public static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);

    public static string For(string? role, bool expired = false, byte[]? signingKey = null, string? subject = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = subject ?? "staff-" + (role ?? "none") };
        if (role is not null) claims["role"] = role;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            NotBefore = expired ? now.AddHours(-2) : now.AddMinutes(-1),
            IssuedAt = expired ? now.AddHours(-2) : now.AddMinutes(-1),
            Expires = expired ? now.AddHours(-1) : now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey ?? SigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
