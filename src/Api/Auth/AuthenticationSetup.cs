using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// JWT bearer configured the framework's way, from <c>Authentication:Schemes:Bearer</c> (ValidIssuer,
    /// ValidAudiences, SigningKeys or Authority), so <c>dotnet user-jwts</c> works in Development and
    /// any identity provider in Production. A token gives staff rights through its role only: scopes come from API keys
    /// (<c>X-Api-Key</c>), accepted only by the registrations:read and registrations:write policies.
    /// </summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // Keep claim names as issued: roles are in "role", the user id in "sub".
            options.MapInboundClaims = false;
            options.TokenValidationParameters.RoleClaimType = "role";
            options.TokenValidationParameters.NameClaimType = "sub";
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Policies.EditorRole, Policies.AdminRole))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Policies.AdminRole))
            // The only policies that accept API keys; every other endpoint authenticates with the bearer scheme alone.
            // A bearer token's own scope claims count for nothing here (IntegrationClaims.HasScope reads the key's identity).
            .AddPolicy(Policies.RegistrationsRead, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, ApiKeyAuthenticationHandler.SchemeName)
                .RequireAssertion(context => context.User.IsStaff() || context.User.HasScope(ApiKeyScopes.RegistrationsRead)))
            .AddPolicy(Policies.RegistrationsWrite, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme, ApiKeyAuthenticationHandler.SchemeName)
                .RequireAssertion(context => context.User.IsStaff() || context.User.HasScope(ApiKeyScopes.RegistrationsWrite)));
        return services;
    }
}
