using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Scc.Api.Tests.Browser;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Digests;

/// <summary>
/// The HTML digest as a reader sees it: rendered by headless Chromium (the system's), in both languages,
/// with a screenshot kept under artifacts/screenshots/, no request leaving the API's origin, and a hostile
/// title shown as text rather than run.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DigestBrowserTests(SeededApiFactory api, BrowserFixture browser) : IClassFixture<SeededApiFactory>
{
    private const string HostileTitle = "<script>window.__pwned = 1</script><img src=\"https://attacker.example/x.png\" onerror=\"window.__pwned = 2\">Hostile & \"quoted\"";

    [Theory]
    [InlineData("en", "Review of Major Events", "重點活動回顧")]
    [InlineData("zh-Hant", "重點活動回顧", "Review of Major Events")]
    public async Task Html_RenderedInChromium_ShowsBothLanguagesStaysOnItsOriginAndShowsAHostileTitleAsText(string lang, string first, string second)
    {
        await PublishHostileEventAsync();
        var origin = api.Anonymous().BaseAddress!;

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + TestTokens.For("editor") },
            ViewportSize = new ViewportSize { Width = 800, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        // Every request is seen here; only the API's own origin (and data: URLs) may go through.
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            lock (requested) requested.Add(url);
            if (url.StartsWith(origin.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
                await route.ContinueAsync();
            else
                await route.AbortAsync();
        });

        var response = await page.GotoAsync(new Uri(origin, $"/api/v1/digests/preview?from=2023-05-01&to=2023-11-30&asOf=2023-08-15&lang={lang}").AbsoluteUri,
            new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.NotNull(response);
        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        var sectionHeading = await page.Locator("h2").First.InnerTextAsync();
        Assert.StartsWith(first, sectionHeading, StringComparison.Ordinal);
        Assert.Contains(second, sectionHeading, StringComparison.Ordinal);
        // Both languages for the items: the pavilion's English and Chinese titles, and its funding disclaimer.
        var body = await page.Locator("body").InnerTextAsync();
        Assert.Contains("Hong Kong Smart Living Pavilion", body, StringComparison.Ordinal);
        Assert.Contains("香港智慧生活展館", body, StringComparison.Ordinal);
        Assert.Contains("Trade and Industrial Organisation Support Fund", body, StringComparison.Ordinal);

        // The hostile title is text: no script ran, no image was made, nothing was fetched from elsewhere.
        Assert.Contains(HostileTitle, body, StringComparison.Ordinal);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Empty(dialogs);
        Assert.NotEmpty(requested);
        Assert.All(requested, url => Assert.True(
            url.StartsWith(origin.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
            $"the page requested {url}"));

        var file = Artifacts.Path("screenshots", $"digest-2023-q3-{lang}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000, "the screenshot shows the digest");
        // The first screen, as a mail client's preview pane shows it.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Path("screenshots", $"digest-2023-q3-{lang}-first-screen.png") });
    }

    private async Task PublishHostileEventAsync()
    {
        var editor = api.As("editor");
        var list = await (await editor.GetAsync("/api/v1/events?q=hostile&limit=5")).AssertJsonAsync(HttpStatusCode.OK);
        if (list["items"]!.AsArray().Count > 0) return;
        var body = EventBodies.Seminar(HostileTitle);
        body["schedule"] = new JsonObject { ["kind"] = "allDay", ["startDate"] = "2023-09-20", ["endDate"] = "2023-09-20" };
        body["title"]!["zh-Hant"] = "<b>惡意</b>標題";
        var created = await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created);
        await (await editor.PostAsync($"/api/v1/events/{created["id"]}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
    }
}
