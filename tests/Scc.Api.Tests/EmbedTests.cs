using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>The widget script and the iframe page over HTTP: size, caching, CORS and the page's security headers.</summary>
public sealed partial class EmbedTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Script = "/embed/v1/events.js";
    private const string Page = "/embed/v1/events";
    /// <summary>The widget's budget: what a partner's visitors download, compressed as web servers usually do.</summary>
    private const int MaxGzippedBytes = 8 * 1024;

    [Fact]
    public async Task Script_GzippedAsServed_IsUnderEightKilobytes()
    {
        var bytes = await api.Anonymous().GetByteArrayAsync(Script);

        using var gzipped = new MemoryStream();
        await using (var gzip = new GZipStream(gzipped, CompressionLevel.Optimal, leaveOpen: true))
            await gzip.WriteAsync(bytes);

        Assert.True(gzipped.Length < MaxGzippedBytes, $"the script is {gzipped.Length} bytes gzipped ({bytes.Length} raw); the limit is {MaxGzippedBytes}");
        Assert.True(bytes.Length > 1000, "the script was not served");
    }

    [Fact]
    public async Task Script_IsCacheableJavaScript_And304WithItsETag()
    {
        var first = await api.Anonymous().GetAsync(Script);
        var again = new HttpRequestMessage(HttpMethod.Get, Script);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await api.Anonymous().SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/javascript", first.Content.Headers.ContentType!.MediaType);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.True(first.Headers.CacheControl.MaxAge >= TimeSpan.FromMinutes(5));
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ScriptAndPage_AnyOriginMayReadThem()
    {
        foreach (var path in new[] { Script, Page })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Origin", "https://www.partner.example.org");

            var response = await api.Anonymous().SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        }
    }

    [Fact]
    public async Task Page_HasAStrictPolicy_NoInlineCode_AndMayBeFramedAnywhere()
    {
        var response = await api.Anonymous().GetAsync($"{Page}?lang=en&limit=5&type=seminar");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.NotNull(response.Headers.ETag);
        // Every script has a src and no body; no style element or attribute.
        Assert.All(ScriptTags().Matches(html), tag => Assert.Matches("^<script src=\"/embed/v1/events\\.js\"></script>$", tag.Value));
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-scc-events data-frame data-theme=\"auto\" data-lang=\"en\" data-limit=\"5\" data-type=\"seminar\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ThemeAndEventsPage_BecomeTheWidgetsAttributes_AndAutoFollowsTheReadersScheme()
    {
        var dark = await api.Anonymous().GetStringAsync($"{Page}?lang=en&theme=dark&eventsPage={Uri.EscapeDataString("https://partner.example.org/events?a=1&b=\"2\"")}");
        var auto = await api.Anonymous().GetStringAsync($"{Page}?lang=en");

        Assert.Contains("data-theme=\"dark\"", dark, StringComparison.Ordinal);
        Assert.Contains("data-events-page=\"https://partner.example.org/events?a=1&amp;b=&quot;2&quot;\"", dark, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"color-scheme\"", dark, StringComparison.Ordinal);
        // A framed page cannot see its host page's color-scheme: auto follows the reader's setting.
        Assert.Contains("<meta name=\"color-scheme\" content=\"light dark\">", auto, StringComparison.Ordinal);
        Assert.Contains("data-theme=\"auto\"", auto, StringComparison.Ordinal);
        Assert.DoesNotContain("data-events-page", auto, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_UnknownThemeOrAnEventsPageThatIsNotAWebAddress_Is400()
    {
        var theme = await (await api.Anonymous().GetAsync($"{Page}?theme=blue")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var script = await (await api.Anonymous().GetAsync($"{Page}?eventsPage={Uri.EscapeDataString("javascript:alert(1)")}"))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var relative = await (await api.Anonymous().GetAsync($"{Page}?eventsPage=%2Fevents&type=party")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains("theme", theme.ErrorKeys());
        Assert.Contains("eventsPage", script.ErrorKeys());
        Assert.Contains("eventsPage", relative.ErrorKeys());
        Assert.Contains("type", relative.ErrorKeys());
    }

    [Fact]
    public async Task Page_HostileFilterValue_IsEncodedIntoTheAttribute()
    {
        var response = await api.Anonymous().GetAsync($"{Page}?tag={Uri.EscapeDataString("\"><script>alert(1)</script>")}");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("data-tag=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WithoutLang_FollowsAcceptLanguage()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Page);
        request.Headers.AcceptLanguage.ParseAdd("zh-HK");

        var response = await api.Anonymous().SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("zh-Hant", response.Content.Headers.ContentLanguage.Single());
        Assert.Contains("<html lang=\"zh-Hant\">", html, StringComparison.Ordinal);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Page_UnknownLanguageOrType_Is400LikeTheFeed()
    {
        var language = await (await api.Anonymous().GetAsync($"{Page}?lang=fr")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var type = await (await api.Anonymous().GetAsync($"{Page}?type=party")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains("lang", language.ErrorKeys());
        Assert.Contains("type", type.ErrorKeys());
    }

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTags();
}
