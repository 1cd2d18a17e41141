using Microsoft.Playwright;
using Scc.Api.Tests.Browser;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// The widget and the iframe page in a real headless Chromium, embedded by the demo partner page served from
/// another origin than the API's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedBrowserTests(BrowserFixture browser, PartnerPageFixture site) : IClassFixture<PartnerPageFixture>
{
    private const int EventCount = 3;

    /// <summary>The computed styles compared on the partner's own elements, with and without the widget.</summary>
    private const string PartnerStylesScript = """
        () => {
          const props = ['color', 'font-family', 'font-size', 'font-style', 'text-transform', 'list-style-type', 'margin-top',
                         'margin-left', 'text-decoration-line', 'line-height', 'letter-spacing', 'display', 'background-color'];
          const picked = ['body', 'h1', '#partner-intro', '#partner-heading', '#partner-list', '#partner-list li', '#partner-link', 'h2'];
          const out = {};
          for (const selector of picked) {
            document.querySelectorAll(selector).forEach((node, i) => {
              const style = getComputedStyle(node);
              for (const p of props) out[`${selector}[${i}] ${p}`] = style.getPropertyValue(p);
            });
          }
          return out;
        }
        """;

    private async Task<BrowserPage> OpenPartnerPageAsync()
    {
        var page = await browser.NewPageAsync();
        await page.Page.GotoAsync(site.PartnerAddress.ToString());
        await Assertions.Expect(page.Page.Locator("#events-en li.item")).ToHaveCountAsync(EventCount);
        await Assertions.Expect(page.Page.Locator("#events-zh li.item")).ToHaveCountAsync(EventCount);
        return page;
    }

    private static Task<string[]> TitlesAsync(IPage page, string widget) =>
        page.Locator($"#{widget} .title").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.lastChild.textContent)");

    [Fact]
    public async Task Widget_OnAPartnerPageOfAnotherOrigin_ShowsTheEventsInEnglishAndInChinese()
    {
        await using var page = await OpenPartnerPageAsync();

        var english = await TitlesAsync(page.Page, "events-en");
        var chinese = await TitlesAsync(page.Page, "events-zh");

        Assert.Contains(PartnerPageFixture.EnglishTitle, english);
        Assert.Contains(PartnerPageFixture.ChineseTitle, chinese);
        Assert.DoesNotContain(PartnerPageFixture.ChineseTitle, english);
        // A title without Chinese falls back to English rather than disappearing.
        Assert.Contains(PartnerPageFixture.EnglishOnlyTitle, chinese);
        Assert.Equal("zh-Hant", await page.Page.Locator("#events-zh section").GetAttributeAsync("lang"));
        var forum = page.Page.Locator("#events-en li.item", new() { HasText = PartnerPageFixture.EnglishTitle });
        await Assertions.Expect(forum.Locator("a", new() { HasText = "Register" })).ToHaveAttributeAsync("href", "https://tickets.example.org/smart-mobility");
        await Assertions.Expect(forum.Locator(".venue")).ToHaveTextAsync("H6 CONET");
        await Assertions.Expect(forum.Locator(".availability")).ToContainTextAsync("organiser");
        // Times are shown in the event's own zone, whatever the reader's: 16:00 in Hong Kong.
        await Assertions.Expect(forum.Locator(".when")).ToContainTextAsync("16:00");
        var zhForum = page.Page.Locator("#events-zh li.item", new() { HasText = PartnerPageFixture.ChineseTitle });
        await Assertions.Expect(zhForum.Locator("a", new() { HasText = "報名" })).ToHaveCountAsync(1);
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_RequestsNothingButThePartnerPageAndTheApi()
    {
        await using var page = await OpenPartnerPageAsync();
        await Assertions.Expect(page.Page.FrameLocator("#events-frame").Locator("li.item")).ToHaveCountAsync(EventCount);

        var origins = page.Requests.Select(url => new Uri(url).GetLeftPart(UriPartial.Authority)).Distinct().ToList();

        Assert.All(origins, origin => Assert.Contains(origin, new[]
        {
            site.PartnerAddress.GetLeftPart(UriPartial.Authority), site.ApiAddress.GetLeftPart(UriPartial.Authority),
        }));
        Assert.Contains(page.Requests, url => url.Contains("/api/v1/feeds/events?", StringComparison.Ordinal));
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_HostileTitle_IsShownAsTextAndNeverRuns()
    {
        await using var page = await OpenPartnerPageAsync();

        foreach (var widget in new[] { "events-en", "events-zh" })
        {
            Assert.Contains(PartnerPageFixture.HostileTitle, await TitlesAsync(page.Page, widget));
            var injected = await page.Page.EvaluateAsync<int>(
                $"() => document.querySelector('#{widget}').shadowRoot.querySelectorAll('script, img, b, [onerror], [onmouseover]').length");
            Assert.Equal(0, injected);
        }
        await Assertions.Expect(page.Page.Locator("#events-en .venue", new() { HasText = "<b onmouseover=alert(1)>Venue</b>" })).ToHaveCountAsync(1);
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.sccInjected === undefined"));
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_PartnerStylesDoNotReachIt_AndItsStylesDoNotReachThePartner()
    {
        await using var without = await browser.NewPageAsync();
        // The same page with the script refused: the partner's elements as they are without the widget.
        await without.Context.RouteAsync("**/embed/v1/events.js", route => route.AbortAsync());
        await without.Page.GotoAsync(site.PartnerAddress.ToString());
        var alone = await without.Page.EvaluateAsync<Dictionary<string, string>>(PartnerStylesScript);
        await using var with = await OpenPartnerPageAsync();

        var embedded = await with.Page.EvaluateAsync<Dictionary<string, string>>(PartnerStylesScript);
        var widgetTitle = with.Page.Locator("#events-en .title").First;
        var widgetItem = with.Page.Locator("#events-en li.item").First;
        var widgetLink = with.Page.Locator("#events-en a").First;

        Assert.Equal(alone, embedded);
        Assert.Equal("rgb(255, 0, 0)", embedded["#partner-heading[0] color"]);
        Assert.Equal("square", embedded["#partner-list li[0] list-style-type"]);
        Assert.NotEqual("rgb(255, 0, 0)", await Style(widgetTitle, "color"));
        Assert.Equal("none", await Style(widgetTitle, "text-transform"));
        Assert.NotEqual("28px", await Style(widgetTitle, "font-size"));
        Assert.Equal("none", await Style(widgetItem, "list-style-type"));
        Assert.Equal("normal", await Style(widgetItem, "font-style"));
        Assert.NotEqual("rgb(255, 0, 0)", await Style(widgetItem, "color"));
        Assert.DoesNotContain("Georgia", await Style(widgetItem, "font-family"), StringComparison.Ordinal);
        Assert.NotEqual("rgb(46, 125, 50)", await Style(widgetLink, "color"));
        NoErrors(with);
    }

    private static void NoErrors(BrowserPage page) =>
        Assert.True(page.Errors.Count == 0, "errors on the page:\n" + string.Join("\n", page.Errors));

    private static Task<string> Style(ILocator locator, string property) =>
        locator.EvaluateAsync<string>($"node => getComputedStyle(node).getPropertyValue('{property}')");

    [Fact]
    public async Task Widget_TabKey_ReachesEveryLinkInOrder()
    {
        await using var page = await OpenPartnerPageAsync();
        var links = new List<string>();
        foreach (var widget in new[] { "events-en", "events-zh" })
        {
            var count = await page.Page.Locator($"#{widget} a").CountAsync();
            links.AddRange(Enumerable.Range(0, count).Select(i => $"{widget}:{i}"));
        }

        var reached = new List<string>();
        for (var press = 0; press < links.Count + 10 && !links.All(reached.Contains); press++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            reached.Add(await page.Page.EvaluateAsync<string>("""
                () => {
                  const host = document.activeElement;
                  if (!host || !host.shadowRoot || !host.shadowRoot.activeElement) return host ? host.id || host.tagName : '';
                  return host.id + ':' + [...host.shadowRoot.querySelectorAll('a')].indexOf(host.shadowRoot.activeElement);
                }
                """));
        }

        Assert.True(links.Count >= EventCount * 2, $"expected a link per event in each widget at least, found {links.Count}");
        var widgetStops = reached.Where(links.Contains).ToList();
        Assert.Equal(links, widgetStops);
        NoErrors(page);
    }

    [Fact]
    public async Task IframePage_FramedByThePartner_ShowsTheEventsUnderItsOwnStrictPolicy()
    {
        await using var page = await OpenPartnerPageAsync();
        var frame = page.Page.FrameLocator("#events-frame");

        await Assertions.Expect(frame.Locator("li.item")).ToHaveCountAsync(EventCount);
        await Assertions.Expect(frame.Locator(".title", new() { HasText = PartnerPageFixture.EnglishTitle })).ToHaveCountAsync(1);
        await Assertions.Expect(frame.Locator(".title", new() { HasText = PartnerPageFixture.HostileTitle })).ToHaveCountAsync(1);

        await page.Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Artifacts.Path("screenshots", "partner-page.png"),
            FullPage = true,
        });
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.sccInjected === undefined"));
        NoErrors(page);
    }

    [Fact]
    public async Task IframePage_PassesTheFeedFiltersToTheWidget()
    {
        await using var page = await browser.NewPageAsync();
        await page.Page.GotoAsync(new Uri(site.ApiAddress, "/embed/v1/events?lang=en&type=forum&limit=5").ToString());

        await Assertions.Expect(page.Page.Locator("li.item")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Page.Locator(".title")).ToHaveTextAsync(PartnerPageFixture.EnglishTitle);
        Assert.Contains(page.Requests, url => url.Contains("type=forum", StringComparison.Ordinal) && url.Contains("limit=5", StringComparison.Ordinal));
        NoErrors(page);
    }

    [Fact]
    public async Task IframePage_OnItsOwn_InChinese_ShowsChineseTitlesAndTabReachesEveryLink()
    {
        await using var page = await browser.NewPageAsync();
        var response = await page.Page.GotoAsync(new Uri(site.ApiAddress, "/embed/v1/events?lang=zh-Hant&when=all").ToString());
        Assert.NotNull(response);
        Assert.Contains("script-src 'self'", response.Headers["content-security-policy"], StringComparison.Ordinal);
        await Assertions.Expect(page.Page.Locator("li.item")).ToHaveCountAsync(EventCount);
        await Assertions.Expect(page.Page.Locator(".title", new() { HasText = PartnerPageFixture.ChineseTitle })).ToHaveCountAsync(1);
        var count = await page.Page.Locator("a").CountAsync();

        var reached = new HashSet<int>();
        for (var press = 0; press < count + 5; press++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            reached.Add(await page.Page.EvaluateAsync<int>("""
                () => {
                  const host = document.querySelector('[data-scc-events]');
                  return [...host.shadowRoot.querySelectorAll('a')].indexOf(host.shadowRoot.activeElement);
                }
                """));
        }

        Assert.True(count >= EventCount, $"expected a link per event at least, found {count}");
        Assert.Equal(Enumerable.Range(0, count), reached.Where(i => i >= 0).Order());
        await page.Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Artifacts.Path("screenshots", "embed-page-zh-Hant.png"),
            FullPage = true,
        });
        NoErrors(page);
    }
}
