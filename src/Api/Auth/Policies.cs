namespace Scc.Api.Auth;

/// <summary>Authorization policies; roles come from the token's <c>role</c> claim.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string Admin = "admin";

    /// <summary>Staff tokens, or API keys with the registrations:read scope.</summary>
    public const string RegistrationsRead = "registrations:read";

    /// <summary>Staff tokens, or API keys with the registrations:write scope.</summary>
    public const string RegistrationsWrite = "registrations:write";

    public const string AdminRole = "admin";
    public const string EditorRole = "editor";

    public static bool IsStaff(this System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(AdminRole) || user.IsInRole(EditorRole);
}
