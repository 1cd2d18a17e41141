using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using Scc.Api.Http;

namespace Scc.Api.Feeds;

/// <summary>
/// How every feed answers: a strong ETag that is a hash of the exact body (made weak when the feed is sent
/// compressed, see <see cref="FeedCaching.UseFeedOutputCache"/>), Last-Modified from the events in
/// it, public caching for five minutes, 304 when the client already has this body.
/// </summary>
public static class FeedHttp
{
    public const string CacheControl = "public, max-age=300, stale-while-revalidate=60";

    public static IResult Respond(HttpContext http, byte[] body, string contentType, string language, DateTimeOffset? lastModified)
    {
        var etag = $"\"{Base64Url.EncodeToString(SHA256.HashData(body))}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptLanguage;
        headers.ContentLanguage = language;
        if (lastModified is { } modified) http.Response.GetTypedHeaders().LastModified = modified;
        // If-None-Match only: Last-Modified does not move when an event leaves an "upcoming" feed, the hash does.
        return ETags.IsNotModified(http.Request, etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(body, contentType);
    }

    /// <summary>The API's own address as the client reached it, for absolute links in the feeds.</summary>
    /// <remarks>
    /// HTTP/1.0 allows a request without a Host header (a load balancer's health check, for one): links then name the
    /// address the connection came to, instead of failing the request.
    /// </remarks>
    public static Uri BaseUrl(HttpRequest request)
    {
        var host = request.Host.HasValue
            ? request.Host
            : new HostString(request.HttpContext.Connection.LocalIpAddress?.ToString() ?? "localhost", request.HttpContext.Connection.LocalPort);
        return new($"{request.Scheme}://{host}{request.PathBase}/");
    }
}
