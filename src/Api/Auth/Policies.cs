namespace Scc.Api.Auth;

/// <summary>Authorization policies; roles come from the token's <c>role</c> claim.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string Admin = "admin";

    public const string AdminRole = "admin";
    public const string EditorRole = "editor";

    public static bool IsStaff(this System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(AdminRole) || user.IsInRole(EditorRole);
}
