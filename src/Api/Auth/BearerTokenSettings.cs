using Microsoft.IdentityModel.Tokens;

namespace Scc.Api.Auth;

/// <summary>
/// How strictly staff tokens are checked, beside the framework's own settings of <c>Authentication:Schemes:Bearer</c>
/// (issuer, audiences, signing keys or authority), in the same section.
/// </summary>
public sealed class BearerTokenSettings
{
    public const string Section = "Authentication:Schemes:Bearer";

    /// <summary>The largest clock skew allowed: a token is refused at most this long after it expired.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>The algorithms accepted when none are configured: HMAC for symmetric signing keys, RSA for an OpenID Connect provider.</summary>
    public static readonly IReadOnlyList<string> DefaultAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.RsaSha256];

    /// <summary>Tolerance for clocks that differ between the identity provider and the API (at most 30 seconds).</summary>
    public TimeSpan ClockSkew { get; set; } = MaxClockSkew;

    /// <summary>The signing algorithms accepted (the token's <c>alg</c>); empty means <see cref="DefaultAlgorithms"/>.</summary>
    public string[] ValidAlgorithms { get; set; } = [];

    /// <summary>The algorithms in force: the configured ones, else the defaults.</summary>
    public IReadOnlyList<string> Algorithms => ValidAlgorithms.Length > 0 ? ValidAlgorithms : DefaultAlgorithms;
}
