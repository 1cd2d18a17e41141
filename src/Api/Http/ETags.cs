using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Scc.Api.Http;

/// <summary>Strong ETags from row versions, and the conditional headers that use them.</summary>
public static class ETags
{
    public static string For(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The tag of one of several representations of the same version (the public view of a resource whose staff view
    /// shows more): each representation has its own strong tag, and only the plain one is a version for If-Match.
    /// </summary>
    public static string For(uint version, string? view) =>
        view is null ? For(version) : $"\"{version.ToString(CultureInfo.InvariantCulture)}-{view}\"";

    /// <summary>True when the client's If-None-Match already names this version (answer 304).</summary>
    public static bool IsNotModified(HttpRequest request, uint version) => IsNotModified(request, For(version));

    /// <summary>True when the client's If-None-Match already names <paramref name="current"/> (a quoted strong tag).</summary>
    public static bool IsNotModified(HttpRequest request, string current)
    {
        return request.Headers.IfNoneMatch.Any(value => value is not null &&
            value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Any(tag => tag == "*" || tag == current || tag == "W/" + current));
    }

    /// <summary>
    /// The version named by If-Match: null when the header is absent or "*"; a version that matches no row
    /// (0) when the header names something that is not one of our ETags, so that it fails as stale.
    /// </summary>
    public static uint? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return null;
        return EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak &&
               uint.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : 0;
    }

    public static void Set(HttpResponse response, uint version) => response.Headers.ETag = For(version);
}
