using System.Text;
using System.Text.Encodings.Web;
using Scc.Domain.Common;

namespace Scc.Api.Embed;

/// <summary>
/// The page for an iframe: the widget's own markup and script, so both ways of embedding show the same list.
/// It holds no inline script or style, which lets its Content-Security-Policy forbid both.
/// </summary>
public static class EmbedPage
{
    /// <summary>
    /// Scripts and the feed from this server only, no inline code, no plugins, forms or base changes; any site may frame it.
    /// The widget's styles are a constructed style sheet in its shadow root, which needs no style-src.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors *";

    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>The widget's themes; auto, the default, follows the page's color-scheme.</summary>
    public static readonly string[] Themes = ["light", "dark", "auto"];

    /// <summary>The page as UTF-8; every value is HTML-encoded into an attribute.</summary>
    /// <param name="theme">One of <see cref="Themes"/>.</param>
    /// <param name="attributes">The widget's data- attributes (without the prefix) and their values.</param>
    public static byte[] Write(string language, string scriptPath, string theme, IEnumerable<KeyValuePair<string, string>> attributes)
    {
        var html = HtmlEncoder.Default;
        var title = language == LocalizedText.TraditionalChinese ? "智慧城市聯盟活動" : "Smart City Consortium events";
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(html.Encode(language)).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">\n");
        // A framed page cannot see its host page's color-scheme: auto follows the reader's own setting here.
        if (theme == "auto") page.Append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        page
            // No icon to fetch: opened on its own, the page would otherwise ask for /favicon.ico, which is not there.
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append("<title>").Append(html.Encode(title)).Append("</title>\n</head>\n<body>\n<div data-scc-events data-frame data-theme=\"").Append(html.Encode(theme)).Append('"');
        foreach (var (name, value) in attributes)
            page.Append(" data-").Append(name).Append("=\"").Append(html.Encode(value)).Append('"');
        page.Append("></div>\n<script src=\"").Append(html.Encode(scriptPath)).Append("\"></script>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(page.ToString());
    }
}
