using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// JWT bearer configured the framework's way, from <c>Authentication:Schemes:Bearer</c> (ValidIssuer,
    /// ValidAudiences, SigningKeys or Authority), so <c>dotnet user-jwts</c> works in Development and
    /// any identity provider in Production; the issuer and audience are always validated, the clock skew is at most
    /// 30 seconds and only the configured algorithms are accepted (<see cref="BearerTokenSettings"/>). A token gives
    /// staff rights through its role only: scopes come from API keys (<c>X-Api-Key</c>), accepted only by the
    /// policies named after them (<see cref="Policies"/>).
    /// </summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddOptions<BearerTokenSettings>().BindConfiguration(BearerTokenSettings.Section)
            .Validate(settings => settings.ClockSkew >= TimeSpan.Zero && settings.ClockSkew <= BearerTokenSettings.MaxClockSkew,
                $"{BearerTokenSettings.Section}:ClockSkew must be between 00:00:00 and {BearerTokenSettings.MaxClockSkew:c}.")
            .Validate(settings => !settings.Algorithms.Contains(SecurityAlgorithms.None, StringComparer.OrdinalIgnoreCase),
                $"{BearerTokenSettings.Section}:ValidAlgorithms names signing algorithms (HS256, RS256, ES256...), never 'none'.")
            .ValidateOnStart();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure<IOptions<BearerTokenSettings>>((options, settings) =>
        {
            // Keep claim names as issued: roles are in "role", the user id in "sub".
            options.MapInboundClaims = false;
            var parameters = options.TokenValidationParameters;
            parameters.RoleClaimType = "role";
            parameters.NameClaimType = "sub";
            // The framework decides these from what is configured; a staff token must always name our issuer (the
            // configured one, or the authority's) and our audience, whatever the configuration leaves out.
            parameters.ValidateIssuer = true;
            parameters.ValidateAudience = true;
            parameters.ValidateLifetime = true;
            parameters.RequireExpirationTime = true;
            parameters.ClockSkew = settings.Value.ClockSkew;
            parameters.ValidAlgorithms = settings.Value.Algorithms;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Policies.EditorRole, Policies.AdminRole))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Policies.AdminRole))
            // The only policies that accept API keys; every other endpoint authenticates with the bearer scheme alone.
            // A bearer token's own scope claims count for nothing here (IntegrationClaims.HasScope reads the key's identity).
            .AddPolicy(Policies.RegistrationsRead, policy => StaffOrKey(policy, ApiKeyScopes.RegistrationsRead))
            .AddPolicy(Policies.RegistrationsWrite, policy => StaffOrKey(policy, ApiKeyScopes.RegistrationsWrite))
            .AddPolicy(Policies.ContentRead, policy => StaffOrKey(policy, ApiKeyScopes.ContentRead))
            .AddPolicy(Policies.ContentWrite, policy => StaffOrKey(policy, ApiKeyScopes.ContentWrite))
            .AddPolicy(Policies.ContentPublish, policy => StaffOrKey(policy, ApiKeyScopes.ContentPublish))
            .AddPolicy(Policies.ContentDelete, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, ApiKeyAuthenticationHandler.SchemeName)
                .RequireAssertion(context => context.User.IsInRole(Policies.AdminRole) || context.User.HasScope(ApiKeyScopes.ContentPublish)));
        return services;
    }

    private static void StaffOrKey(AuthorizationPolicyBuilder policy, string scope) => policy
        .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, ApiKeyAuthenticationHandler.SchemeName)
        .RequireAssertion(context => context.User.IsStaff() || context.User.HasScope(scope));
}
