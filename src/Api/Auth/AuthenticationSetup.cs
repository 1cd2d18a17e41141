using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Scc.Api.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// JWT bearer configured the framework's way, from <c>Authentication:Schemes:Bearer</c> (ValidIssuer,
    /// ValidAudiences, SigningKeys or Authority), so <c>dotnet user-jwts</c> works in Development and
    /// any identity provider in Production.
    /// </summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // Keep claim names as issued: roles are in "role", the user id in "sub".
            options.MapInboundClaims = false;
            options.TokenValidationParameters.RoleClaimType = "role";
            options.TokenValidationParameters.NameClaimType = "sub";
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Policies.EditorRole, Policies.AdminRole))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Policies.AdminRole));
        return services;
    }
}
