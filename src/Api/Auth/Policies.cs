namespace Scc.Api.Auth;

/// <summary>Authorization policies; roles come from the token's <c>role</c> claim, scopes from the API key.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string Admin = "admin";

    /// <summary>Staff tokens, or API keys with the registrations:read scope.</summary>
    public const string RegistrationsRead = "registrations:read";

    /// <summary>Staff tokens, or API keys with the registrations:write scope.</summary>
    public const string RegistrationsWrite = "registrations:write";

    /// <summary>
    /// Staff tokens, or API keys with the content:read scope. Public reads that show drafts to such callers carry it
    /// beside AllowAnonymous: the authorization middleware then runs the policy's schemes, so the key's scopes are
    /// known to the endpoint, and lets every caller through.
    /// </summary>
    public const string ContentRead = "content:read";

    /// <summary>Staff tokens, or API keys with the content:write scope: creating and replacing content.</summary>
    public const string ContentWrite = "content:write";

    /// <summary>Staff tokens, or API keys with the content:publish scope: status transitions of content.</summary>
    public const string ContentPublish = "content:publish";

    /// <summary>Admin tokens, or API keys with the content:publish scope: deleting content (editors may not).</summary>
    public const string ContentDelete = "content:delete";

    public const string AdminRole = "admin";
    public const string EditorRole = "editor";

    public static bool IsStaff(this System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(AdminRole) || user.IsInRole(EditorRole);

    /// <summary>Staff, and API keys with content:read, see drafts and unpublished content.</summary>
    public static bool SeesDrafts(this System.Security.Claims.ClaimsPrincipal user) =>
        user.IsStaff() || user.HasScope(Scc.Domain.ApiKeys.ApiKeyScopes.ContentRead);

    /// <summary>
    /// A public read whose answer grows for callers who may see drafts (<see cref="SeesDrafts"/>): anyone may call it,
    /// and the content:read policy beside AllowAnonymous makes the authorization middleware run the API-key scheme
    /// too, so a key's scopes are known to the endpoint. The policy's requirement is never checked there.
    /// </summary>
    public static TBuilder AllowAnonymousShowingDrafts<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().RequireAuthorization(ContentRead);
}
