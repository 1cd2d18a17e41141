using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Scc.Api.Feeds;
using Scc.Api.Http;
using Scc.Domain.Common;

namespace Scc.Api.ErrorHandling;

/// <summary>
/// The <see cref="ProblemCatalogue"/> where problems' <c>type</c> points: <c>/problems</c> lists every code and
/// <c>/problems/{slug}</c> describes one, as JSON for clients and as a small HTML page for browsers. Anonymous,
/// unversioned and outside the OpenAPI document, like the health checks; any origin may read it, like the feeds.
/// </summary>
public static class ProblemPages
{
    /// <summary>The pages hold no script, style, form or frame, and load nothing; the empty icon is a <c>data:</c> URL.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The catalogue changes only with a release.</summary>
    public const string CacheControl = "public, max-age=86400";

    private const string HtmlContentType = "text/html; charset=utf-8";
    private const string ProblemContentType = "application/problem+json";
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Maps <c>GET</c> and <c>HEAD</c> of <c>/problems</c> and <c>/problems/{slug}</c>.</summary>
    public static IEndpointRouteBuilder MapProblemPages(this IEndpointRouteBuilder app)
    {
        var problems = app.MapGroup(ProblemCatalogue.PathPrefix)
            .AllowAnonymous().RequireCors(FeedCaching.CorsPolicy).ExcludeFromDescription();
        // HEAD answers with the same headers as GET; the server leaves out the body.
        problems.MapMethods("", [HttpMethods.Get, HttpMethods.Head], Index);
        problems.MapMethods("/{slug}", [HttpMethods.Get, HttpMethods.Head], Entry);
        return app;
    }

    private static IResult Index(HttpContext http) => PrefersHtml(http.Request)
        ? Respond(http, IndexHtml(http.Request), HtmlContentType, html: true)
        : Respond(http, IndexJson(http.Request), JsonContentType, html: false);

    private static IResult Entry(string slug, HttpContext http)
    {
        if (ProblemCatalogue.FindBySlug(slug) is not { } problem) return Error.NotFound("The problem type").ToProblem();
        return PrefersHtml(http.Request)
            ? Respond(http, EntryHtml(problem, http.Request), HtmlContentType, html: true)
            : Respond(http, EntryJson(problem, http.Request), ProblemContentType, html: false);
    }

    /// <summary>A strong ETag over the exact body, which differs by representation and by the origin in its links.</summary>
    private static IResult Respond(HttpContext http, byte[] body, string contentType, bool html)
    {
        var etag = $"\"{Base64Url.EncodeToString(SHA256.HashData(body))}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.Accept;
        headers.ContentLanguage = "en";
        if (html) headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return ETags.IsNotModified(http.Request, etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(body, contentType);
    }

    /// <summary>
    /// HTML when the client ranks text/html above both JSON types (a browser); JSON otherwise, including for clients
    /// that send no Accept, <c>*/*</c>, or rank them equally.
    /// </summary>
    private static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        double Quality(string mediaType) => accept
            .Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var html = Quality("text/html");
        return html > 0 && html > Math.Max(Quality("application/json"), Quality(ProblemContentType));
    }

    private static byte[] EntryJson(ProblemType problem, HttpRequest request)
    {
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body)) WriteEntry(json, problem, request);
        return body.ToArray();
    }

    private static byte[] IndexJson(HttpRequest request)
    {
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteStartArray("items");
            foreach (var problem in ProblemCatalogue.All) WriteEntry(json, problem, request);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return body.ToArray();
    }

    /// <summary>An entry in the shape of a problem (RFC 9457): its <c>status</c> is the code's, its <c>detail</c> the description.</summary>
    private static void WriteEntry(Utf8JsonWriter json, ProblemType problem, HttpRequest request)
    {
        json.WriteStartObject();
        json.WriteString("type", ProblemCatalogue.TypeUri(request, problem.Code));
        json.WriteString("title", problem.Title);
        json.WriteNumber("status", problem.Status);
        json.WriteString("detail", problem.Description);
        json.WriteString("code", problem.Code);
        json.WriteEndObject();
    }

    private static byte[] EntryHtml(ProblemType problem, HttpRequest request)
    {
        var page = Start(problem.Title);
        page.Append("<h1>").Append(Encode(problem.Title)).Append("</h1>\n")
            .Append("<p>HTTP status <strong>").Append(problem.Status).Append(' ').Append(Encode(ReasonPhrases.GetReasonPhrase(problem.Status)))
            .Append("</strong>, code <code>").Append(Encode(problem.Code)).Append("</code>.</p>\n")
            .Append("<p>").Append(WithCode(problem.Description)).Append("</p>\n")
            .Append("<p>A problem answer (<code>application/problem+json</code>) with this code carries this page's address as its <code>type</code>.</p>\n")
            .Append("<p><a href=\"").Append(Encode(request.PathBase + ProblemCatalogue.PathPrefix)).Append("\">Every problem the API answers with</a></p>\n");
        return End(page);
    }

    private static byte[] IndexHtml(HttpRequest request)
    {
        var page = Start("Problems");
        page.Append("<h1>Problems the SCC Platform API answers with</h1>\n")
            .Append("<p>Every error is answered as <code>application/problem+json</code> (RFC 9457) with a machine-readable <code>code</code>; ")
            .Append("its <code>type</code> is the address of the code's page here.</p>\n")
            .Append("<table>\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Status</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n");
        foreach (var problem in ProblemCatalogue.All)
        {
            page.Append("<tr><td><a href=\"").Append(Encode(request.PathBase + problem.Path)).Append("\"><code>").Append(Encode(problem.Code)).Append("</code></a></td>")
                .Append("<td>").Append(problem.Status).Append("</td>")
                .Append("<td><strong>").Append(Encode(problem.Title)).Append("</strong>: ").Append(WithCode(problem.Description)).Append("</td></tr>\n");
        }
        page.Append("</tbody>\n</table>\n");
        return End(page);
    }

    private static StringBuilder Start(string title) => new StringBuilder(8_192)
        .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // No icon to fetch: the browser would otherwise ask for /favicon.ico, which is not there.
        .Append("<link rel=\"icon\" href=\"data:,\">\n")
        .Append("<title>").Append(Encode(title)).Append(" - SCC Platform API</title>\n</head>\n<body>\n<main>\n");

    private static byte[] End(StringBuilder page) => Encoding.UTF8.GetBytes(page.Append("</main>\n</body>\n</html>\n").ToString());

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>The description, encoded, with its `quoted` names (headers, fields, values) as code.</summary>
    private static string WithCode(string text)
    {
        var parts = text.Split('`');
        var html = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
            html.Append(i % 2 == 1 ? "<code>" + Encode(parts[i]) + "</code>" : Encode(parts[i]));
        return html.ToString();
    }
}
