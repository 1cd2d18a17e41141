using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Scc.Api.ErrorHandling;
using Scc.Api.Feeds;
using Scc.Api.Http;
using Scc.Application.Digests;
using Scc.Domain.Common;
using Scc.Domain.Digests;

namespace Scc.Api.Digests;

/// <summary>
/// How digests answer: JSON, or the email-ready HTML when the client prefers <c>text/html</c>. A digest is
/// composed from other resources, so its ETag is a hash of the body (a changed event changes it), prefixed
/// for saved digests with the row version that If-Match compares.
/// </summary>
public static class DigestHttp
{
    public static IResult Respond(HttpContext http, DigestResponse digest, string? lang, JsonSerializerOptions json)
    {
        var html = PrefersHtml(http.Request);
        string? language = null;
        if (html)
        {
            language = FeedLanguage.Negotiate(lang, http.Request);
            if (!LocalizedText.Languages.Contains(language))
                return Error.Invalid("lang", $"Use one of: {string.Join(", ", LocalizedText.Languages)}.").ToProblem();
        }
        var body = html
            ? DigestHtmlWriter.Write(digest, language!, FeedHttp.BaseUrl(http.Request))
            : JsonSerializer.SerializeToUtf8Bytes(digest, json);
        var hash = Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 12));
        var etag = digest.Id is null ? $"\"{hash}\"" : $"\"{digest.Version.ToString(CultureInfo.InvariantCulture)}.{hash}\"";

        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.Vary = new([HeaderNames.Accept, HeaderNames.AcceptLanguage]);
        headers.CacheControl = digest.Status == DigestStatus.Published && http.User.Identity?.IsAuthenticated != true
            ? "public, max-age=300"
            : "private, no-cache";
        if (language is not null) headers.ContentLanguage = language;
        if (ETags.IsNotModified(http.Request, etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(body, html ? DigestHtmlWriter.ContentType : "application/json; charset=utf-8");
    }

    /// <summary>
    /// HTML when the client asks for text/html at least as much as for JSON (a browser, a mail tool); JSON for
    /// everyone else, including clients that send no Accept or <c>*/*</c>.
    /// </summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return false;
        double Quality(Func<MediaTypeHeaderValue, bool> matches) =>
            accept.Where(matches).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var htmlQuality = Quality(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        var jsonQuality = Quality(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
        return htmlQuality > 0 && htmlQuality >= jsonQuality;
    }

    /// <summary>
    /// The row version named by If-Match, from either ETag a digest gave out (<c>"12"</c> after a write,
    /// <c>"12.hash"</c> after a read): null when absent or <c>*</c>; 0 (matching nothing) when unreadable.
    /// </summary>
    public static uint? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return null;
        if (!EntityTagHeaderValue.TryParse(header, out var tag) || tag.IsWeak) return 0;
        var value = tag.Tag.AsSpan().Trim('"');
        var dot = value.IndexOf('.');
        if (dot >= 0) value = value[..dot];
        return uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
    }
}
