using System.Globalization;

namespace Scc.Infrastructure.Webhooks;

/// <summary>
/// How something deprecated announces itself in HTTP (docs/versioning.md): <c>Deprecation</c> (RFC 9745, a structured
/// field date, <c>@</c> and Unix seconds), <c>Sunset</c> (RFC 8594, an HTTP-date) and a <c>Link</c> with
/// <c>rel="deprecation"</c> to its documentation. Asp.Versioning writes these on the API's answers for a deprecated
/// version; webhook requests are sent by the API itself, so they are written here.
/// </summary>
public static class DeprecationHeaders
{
    public const string Deprecation = "Deprecation";
    public const string Sunset = "Sunset";
    public const string Link = "Link";

    /// <summary>RFC 9745's form: <c>@1796515200</c>.</summary>
    public static string DeprecationValue(DateTimeOffset deprecatedAt) =>
        "@" + deprecatedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 8594's form, the IMF-fixdate of RFC 9110: <c>Mon, 06 Dec 2027 00:00:00 GMT</c>.</summary>
    public static string SunsetValue(DateTimeOffset sunsetAt) => sunsetAt.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);

    public static string LinkValue(Uri documentation) => $"<{documentation.AbsoluteUri}>; rel=\"deprecation\"; type=\"text/html\"";
}
