using System.Security.Claims;

namespace Scc.Api.Auth;

/// <summary>What a request's principal may see of registrations.</summary>
public static class IntegrationClaims
{
    /// <summary>
    /// The one event an API key is restricted to, else null. Any identity of the request carrying the
    /// restriction applies it, so a key sent beside a staff token is never wider than the key.
    /// </summary>
    public static Guid? RestrictedEventId(this ClaimsPrincipal user) =>
        user.FindFirst(ApiKeyAuthenticationHandler.EventClaim) is { } claim && Guid.TryParse(claim.Value, out var id) ? id : null;

    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.HasClaim(ApiKeyAuthenticationHandler.ScopeClaim, scope);
}
