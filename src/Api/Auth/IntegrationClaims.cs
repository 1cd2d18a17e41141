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

    /// <summary>
    /// True when an API key of the request has <paramref name="scope"/>. Only the identity the API-key scheme made
    /// counts: a bearer token's <c>scope</c> claims (an identity provider may issue them for its own purposes) grant nothing.
    /// </summary>
    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        ApiKeyIdentity(user)?.HasClaim(ApiKeyAuthenticationHandler.ScopeClaim, scope) == true;

    /// <summary>The identity an authenticated API key gave the request, else null.</summary>
    public static ClaimsIdentity? ApiKeyIdentity(this ClaimsPrincipal user) =>
        user.Identities.FirstOrDefault(identity => identity.IsAuthenticated && identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName);
}
