using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scc.Application.Common;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Auth;

/// <summary>
/// Authenticates integration scripts by the <c>X-Api-Key</c> header. The key's visible prefix finds the row;
/// the SHA-256 of the whole key is then compared in constant time. Unknown, revoked and expired keys fail (401).
/// A request without the header is left to the other schemes.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAppDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    public const string KeyIdClaim = "api_key_id";
    public const string ScopeClaim = "scope";
    public const string EventClaim = "event_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values)) return AuthenticateResult.NoResult();
        var presented = values.ToString();
        if (!ApiKeySecret.TryPrefix(presented, out var prefix)) return AuthenticateResult.Fail("Malformed API key.");
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        // The hash is compared even when the key is inactive, so timing tells nothing about which case it was.
        if (key is null || !key.Matches(presented) || !key.IsActiveAt(clock.GetUtcNow())) return AuthenticateResult.Fail("Unknown, revoked or expired API key.");

        List<Claim> claims = [new(KeyIdClaim, key.Id.ToString()), new("sub", "api-key:" + key.Prefix)];
        claims.AddRange(key.Scopes.Select(scope => new Claim(ScopeClaim, scope)));
        if (key.EventId is { } eventId) claims.Add(new Claim(EventClaim, eventId.ToString()));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, "sub", "role"));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.Append("WWW-Authenticate", $"{SchemeName} header=\"{Header}\"");
        return base.HandleChallengeAsync(properties);
    }
}
