using System.Security.Cryptography;
using Scalar.AspNetCore;

namespace Scc.Api.OpenApi;

/// <summary>
/// The API browser at <c>/scalar</c> (Scalar): every operation with ready request samples in curl, JavaScript and C#,
/// and "try it" against this API. It reads the same document as Swagger UI, which stays at <c>/swagger</c>.
/// </summary>
public static class ScalarBrowser
{
    public const string Path = "/scalar";

    public static IEndpointConventionBuilder MapScalarBrowser(this IEndpointRouteBuilder app) =>
        app.MapScalarApiReference(Path, (options, http) =>
        {
            // The page's own scripts run under a nonce made for this answer; nothing else may run, and the page talks
            // only to this API (no fonts, telemetry or assistant from elsewhere). Its components set style attributes,
            // which no nonce can cover: styles may be inline, which runs no code.
            var nonce = Base64UrlNonce();
            options.Nonce = nonce;
            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
            options.WithTitle("SCC Platform API")
                .WithOpenApiRoutePattern("/swagger/{documentName}/swagger.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .WithDefaultHttpClient(ScalarTarget.Shell, ScalarClient.Curl);
            options.EnabledTargets = [ScalarTarget.Shell, ScalarTarget.JavaScript, ScalarTarget.CSharp];
            options.EnabledClients = [ScalarClient.Curl, ScalarClient.Fetch, ScalarClient.HttpClient];
        }).AllowAnonymous().ExcludeFromDescription();

    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static string Base64UrlNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
