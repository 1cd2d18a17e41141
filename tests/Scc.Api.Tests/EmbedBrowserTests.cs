using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
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

    /// <summary>The demo page's widgets in document order: English (a div), Chinese, dark and themed (custom elements).</summary>
    private static readonly string[] Widgets = ["events-en", "events-zh", "events-dark", "events-themed"];

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
        Assert.Equal("rgb(183, 28, 28)", embedded["#partner-list li[0] color"]);
        Assert.NotEqual("rgb(183, 28, 28)", await Style(widgetItem, "color"));
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
        foreach (var widget in Widgets)
        {
            await Assertions.Expect(page.Page.Locator($"#{widget} .footer")).ToHaveCountAsync(1);
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

        // Three calendar links for each event shown (3 in English, 3 in Chinese, 2 dark, 2 themed), and the footers' links.
        Assert.True(links.Count >= 10 * 3 + Widgets.Length, $"expected the calendar links of every event and the footers', found {links.Count}");
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

        // In sight, so that the browser paints the frame for the screenshot, fitted to its content.
        await page.Page.Locator("#events-frame").ScrollIntoViewIfNeededAsync();
        await FittedHeightAsync(page.Page, (await (await page.Page.Locator("#events-frame").ElementHandleAsync()).ContentFrameAsync())!);
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
    public async Task IframePage_WithAPreviewLink_ShowsTheOneDraftEvent_UntilTheLinkIsRevoked()
    {
        var editor = site.Api.As("editor");
        var draft = await (await editor.PostJsonAsync("/api/v1/events", EventBodies.Seminar("Draft Pangolin Workshop"))).AssertJsonAsync(System.Net.HttpStatusCode.Created);
        var created = await (await editor.PostJsonAsync("/api/v1/preview-links", new System.Text.Json.Nodes.JsonObject { ["type"] = "event", ["itemId"] = draft["id"]!.GetValue<string>() }))
            .AssertJsonAsync(System.Net.HttpStatusCode.Created);
        var embedUrl = new Uri(created["embedUrl"]!.GetValue<string>());

        await using (var page = await browser.NewPageAsync())
        {
            await page.Page.GotoAsync(new Uri(site.ApiAddress, embedUrl.PathAndQuery).ToString());
            await Assertions.Expect(page.Page.Locator("li.item")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Page.Locator(".title")).ToHaveTextAsync("Draft Pangolin Workshop");
            // A draft has no calendar to subscribe to.
            await Assertions.Expect(page.Page.Locator("a.subscribe")).ToHaveCountAsync(0);
            NoErrors(page);
        }

        await editor.DeleteAsync($"/api/v1/preview-links/{created["link"]!["id"]!.GetValue<string>()}");
        await using (var page = await browser.NewPageAsync())
        {
            await page.Page.GotoAsync(new Uri(site.ApiAddress, embedUrl.PathAndQuery).ToString());
            await Assertions.Expect(page.Page.Locator(".status")).ToHaveTextAsync("Events could not be loaded.");
            await Assertions.Expect(page.Page.Locator("li.item")).ToHaveCountAsync(0);
        }
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

    [Fact]
    public async Task Widget_FundedEvents_ShowTheirDisclaimerInTheChosenLanguage_InTheWidgetAndTheIframe()
    {
        await using var page = await OpenPartnerPageAsync();
        var english = page.Page.Locator("#events-en li.item", new() { HasText = PartnerPageFixture.EnglishTitle }).Locator(".disclaimer");
        var chinese = page.Page.Locator("#events-zh li.item", new() { HasText = PartnerPageFixture.ChineseTitle }).Locator(".disclaimer");
        var fallback = page.Page.Locator("#events-zh li.item", new() { HasText = PartnerPageFixture.EnglishOnlyTitle }).Locator(".disclaimer");
        var framed = page.Page.FrameLocator("#events-frame").Locator("li.item", new() { HasText = PartnerPageFixture.EnglishTitle }).Locator(".disclaimer");

        await Assertions.Expect(english).ToHaveTextAsync(PartnerPageFixture.EnglishDisclaimer);
        await Assertions.Expect(chinese).ToHaveTextAsync(PartnerPageFixture.ChineseDisclaimer);
        await Assertions.Expect(fallback).ToHaveTextAsync(PartnerPageFixture.EnglishOnlyDisclaimer);
        await Assertions.Expect(framed).ToHaveTextAsync(PartnerPageFixture.EnglishDisclaimer);
        // Shown as they are, without a click: visible, of readable size, with its language where it is not the widget's.
        foreach (var disclaimer in new[] { english, chinese, fallback, framed })
        {
            await Assertions.Expect(disclaimer).ToBeVisibleAsync();
            Assert.True((await disclaimer.BoundingBoxAsync())!.Height >= 10);
            Assert.True(double.Parse((await Style(disclaimer, "font-size")).Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) >= 12);
        }
        await Assertions.Expect(fallback).ToHaveAttributeAsync("lang", "en");
        Assert.Null(await chinese.GetAttributeAsync("lang"));
        await Assertions.Expect(page.Page.Locator("#events-en li.item", new() { HasText = "Hostile Title" }).Locator(".disclaimer")).ToHaveCountAsync(0);
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_InsertedByScriptAfterLoad_IsMounted_AndMountReachesElementsInAnotherShadowRoot()
    {
        await using var page = await OpenPartnerPageAsync();

        await page.Page.EvaluateAsync("""
            () => {
              const later = document.createElement('scc-events');
              later.id = 'later-element';
              later.setAttribute('type', 'forum');
              later.setAttribute('when', 'all');
              const wrapper = document.createElement('div');
              wrapper.innerHTML = '<div id="later-div" data-scc-events data-lang="zh-Hant" data-type="forum" data-when="all"></div>';
              document.querySelector('main').append(later, wrapper);
              // A framework's component with a shadow root of its own, which no observer of the document sees into.
              const component = document.createElement('div');
              component.id = 'component';
              component.attachShadow({ mode: 'open' }).innerHTML = '<div data-scc-events data-type="forum" data-when="all"></div>';
              document.querySelector('main').append(component);
            }
            """);

        await Assertions.Expect(page.Page.Locator("#later-element li.item")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Page.Locator("#later-element .title")).ToHaveTextAsync(PartnerPageFixture.EnglishTitle);
        await Assertions.Expect(page.Page.Locator("#later-div .title")).ToHaveTextAsync(PartnerPageFixture.ChineseTitle);
        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.querySelector('#component').shadowRoot.firstElementChild.shadowRoot === null"));
        await page.Page.EvaluateAsync("() => window.SccEvents.mount(document.querySelector('#component').shadowRoot.firstElementChild)");
        await Assertions.Expect(page.Page.Locator("#component li.item .title")).ToHaveTextAsync(PartnerPageFixture.EnglishTitle);
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_AttributeChange_ReRendersWithTheNewFilterAndLanguage()
    {
        await using var page = await OpenPartnerPageAsync();

        await page.Page.EvaluateAsync("() => document.querySelector('#events-en').setAttribute('data-type', 'forum')");
        await Assertions.Expect(page.Page.Locator("#events-en li.item")).ToHaveCountAsync(1);
        await page.Page.EvaluateAsync("() => { const zh = document.querySelector('#events-zh'); zh.setAttribute('lang', 'en'); zh.setAttribute('limit', '2'); }");

        await Assertions.Expect(page.Page.Locator("#events-zh li.item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Page.Locator("#events-zh section")).ToHaveAttributeAsync("lang", "en");
        Assert.Contains(PartnerPageFixture.EnglishTitle, await TitlesAsync(page.Page, "events-zh"));
        Assert.Equal([PartnerPageFixture.EnglishTitle], await TitlesAsync(page.Page, "events-en"));
        Assert.Contains(page.Requests, url => url.Contains("type=forum", StringComparison.Ordinal));
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_NoMatchingEvents_SaysSoInEitherLanguage_AndKeepsItsLinks()
    {
        await using var page = await OpenPartnerPageAsync();

        await page.Page.EvaluateAsync("""
            () => {
              document.querySelector('#events-en').setAttribute('data-type', 'exhibition');
              document.querySelector('#events-zh').setAttribute('type', 'exhibition');
              const upcoming = document.createElement('scc-events');
              upcoming.id = 'upcoming-none';
              upcoming.setAttribute('lang', 'zh-Hant');
              upcoming.setAttribute('type', 'exhibition');
              document.querySelector('main').append(upcoming);
            }
            """);

        await Assertions.Expect(page.Page.Locator("#events-en .status")).ToHaveTextAsync("No events to show.");
        await Assertions.Expect(page.Page.Locator("#events-zh .status")).ToHaveTextAsync("暫無活動。");
        await Assertions.Expect(page.Page.Locator("#upcoming-none .status")).ToHaveTextAsync("暫無即將舉行的活動。");
        await Assertions.Expect(page.Page.Locator("#events-en li.item")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Page.Locator("#events-en .more")).ToHaveAttributeAsync("href", "https://www.example.org/events");
        await Assertions.Expect(page.Page.Locator("#events-zh .subscribe")).ToHaveTextAsync("在日曆中訂閱");
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_Links_MoreEvents_SubscribeByWebcal_AndAddToGoogleOrOutlook()
    {
        await using var page = await OpenPartnerPageAsync();
        var forum = page.Page.Locator("#events-en li.item", new() { HasText = PartnerPageFixture.EnglishTitle });
        var start = site.ForumStartsAt.UtcDateTime;

        var subscribe = new Uri((await page.Page.Locator("#events-en .subscribe").GetAttributeAsync("href"))!);
        var google = new Uri((await forum.Locator("a", new() { HasText = "Google Calendar" }).GetAttributeAsync("href"))!);
        var outlook = new Uri((await forum.Locator("a", new() { HasText = "Outlook.com" }).GetAttributeAsync("href"))!);

        await Assertions.Expect(page.Page.Locator("#events-zh .more")).ToHaveTextAsync("更多活動");
        await Assertions.Expect(page.Page.Locator("#events-zh .more")).ToHaveAttributeAsync("href", "https://www.example.org/zh/events");
        await Assertions.Expect(page.Page.Locator("#events-dark .more")).ToHaveCountAsync(0);
        Assert.Equal("webcal", subscribe.Scheme);
        Assert.Equal(site.ApiAddress.Authority, subscribe.Authority);
        Assert.Equal("/api/v1/feeds/events.ics", subscribe.AbsolutePath);
        var filters = QueryHelpers.ParseQuery(subscribe.Query);
        Assert.Equal("en", filters["lang"]);
        Assert.Equal("all", filters["when"]);
        Assert.False(filters.ContainsKey("limit"), "a subscription takes every event of the feed, not the widget's first few");
        // What the reader's calendar app fetches: the iCalendar feed of the widget's events.
        var calendar = await site.Api.Anonymous().GetStringAsync(subscribe.PathAndQuery);
        Assert.StartsWith("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains(PartnerPageFixture.EnglishTitle, calendar, StringComparison.Ordinal);

        Assert.Equal("https://calendar.google.com/calendar/render", google.GetLeftPart(UriPartial.Path));
        var g = QueryHelpers.ParseQuery(google.Query);
        Assert.Equal("TEMPLATE", g["action"]);
        Assert.Equal(PartnerPageFixture.EnglishTitle, g["text"]);
        Assert.Equal($"{start:yyyyMMdd'T'HHmmss'Z'}/{start.AddHours(2):yyyyMMdd'T'HHmmss'Z'}", g["dates"]);
        Assert.Equal("Asia/Hong_Kong", g["ctz"]);
        Assert.Contains("H6 CONET", g["location"].ToString(), StringComparison.Ordinal);
        Assert.Contains(PartnerPageFixture.EnglishDisclaimer, g["details"].ToString(), StringComparison.Ordinal);
        Assert.Equal("https://outlook.live.com/calendar/0/action/compose", outlook.GetLeftPart(UriPartial.Path));
        var o = QueryHelpers.ParseQuery(outlook.Query);
        Assert.Equal(PartnerPageFixture.EnglishTitle, o["subject"]);
        Assert.Equal(start, DateTimeOffset.Parse(o["startdt"]!, CultureInfo.InvariantCulture).UtcDateTime);
        Assert.Equal(start.AddHours(2), DateTimeOffset.Parse(o["enddt"]!, CultureInfo.InvariantCulture).UtcDateTime);
        Assert.Contains(PartnerPageFixture.EnglishDisclaimer, o["body"].ToString(), StringComparison.Ordinal);
        await Assertions.Expect(forum.Locator("a", new() { HasText = "Add to calendar (.ics)" })).ToHaveCountAsync(1);
        // In the iframe, the partner's events page replaces the partner's page rather than the frame's content.
        var framedMore = page.Page.FrameLocator("#events-frame").Locator(".more");
        await Assertions.Expect(framedMore).ToHaveAttributeAsync("href", "https://www.example.org/events");
        await Assertions.Expect(framedMore).ToHaveAttributeAsync("target", "_top");
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_PartnerStylesheetSettingTheAccentAndTitlePart_ChangesItsComputedStyles()
    {
        await using var page = await OpenPartnerPageAsync();
        var link = page.Page.Locator("#events-en li.item a").First;
        var item = page.Page.Locator("#events-en li.item").First;
        var title = page.Page.Locator("#events-en .title").First;
        Assert.Equal("rgb(11, 95, 138)", await Style(link, "color"));
        Assert.Equal("rgb(11, 95, 138)", await Style(item, "border-left-color"));
        var titleColour = await Style(title, "color");

        await page.Page.AddStyleTagAsync(new()
        {
            Content = "#events-en { --scc-accent: rgb(190, 20, 90); } #events-en::part(title) { color: rgb(0, 100, 0); letter-spacing: 2px; }",
        });

        Assert.NotEqual("rgb(0, 100, 0)", titleColour);
        Assert.Equal("rgb(190, 20, 90)", await Style(link, "color"));
        Assert.Equal("rgb(190, 20, 90)", await Style(item, "border-left-color"));
        Assert.Equal("rgb(0, 100, 0)", await Style(title, "color"));
        Assert.Equal("2px", await Style(title, "letter-spacing"));
        // The partner's own elements are as they were.
        Assert.Equal("rgb(46, 125, 50)", await Style(page.Page.Locator("#partner-link"), "color"));
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_LightDarkAndThemed_LookAsSetOnTheDemoPage_AndAreScreenshotted()
    {
        await using var page = await OpenPartnerPageAsync();
        await Assertions.Expect(page.Page.Locator("#events-dark li.item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Page.Locator("#events-themed li.item")).ToHaveCountAsync(2);

        Assert.Equal("rgb(255, 255, 255)", await Style(page.Page.Locator("#events-en section"), "background-color"));
        Assert.Equal("rgb(29, 38, 48)", await Style(page.Page.Locator("#events-en .title").First, "color"));
        Assert.Equal("rgb(22, 27, 34)", await Style(page.Page.Locator("#events-dark section"), "background-color"));
        Assert.Equal("rgb(230, 237, 243)", await Style(page.Page.Locator("#events-dark .title").First, "color"));
        var themed = page.Page.Locator("#events-themed");
        Assert.Equal("rgb(246, 240, 250)", await Style(themed.Locator("section"), "background-color"));
        Assert.Equal("0px", await Style(themed.Locator("li.item").First, "border-top-left-radius"));
        Assert.Equal("rgb(106, 27, 154)", await Style(themed.Locator("li.item a").First, "color"));
        Assert.Equal("rgb(74, 20, 140)", await Style(themed.Locator(".title").First, "color"));
        Assert.Equal("rgb(255, 255, 255)", await Style(themed.Locator("li.item").First, "background-color"));
        Assert.StartsWith("Georgia", await Style(themed.Locator(".title").First, "font-family"), StringComparison.Ordinal);

        foreach (var (widget, name) in new[] { ("events-en", "light"), ("events-dark", "dark"), ("events-themed", "themed") })
        {
            await page.Page.Locator($"#{widget}").ScreenshotAsync(new() { Path = Artifacts.Path("screenshots", $"widget-{name}.png") });
        }
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_ThemeAuto_FollowsThePagesColorScheme_NotTheSystemSetting()
    {
        await using var page = await OpenPartnerPageAsync();
        // The reader's system is dark, the partner's page is light: the page decides.
        await page.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var english = page.Page.Locator("#events-en section");
        var chinese = page.Page.Locator("#events-zh section");
        Assert.Equal("rgb(255, 255, 255)", await Style(english, "background-color"));

        await page.Page.Locator("#dark-page").ClickAsync();

        await Assertions.Expect(english).ToHaveCSSAsync("background-color", "rgb(22, 27, 34)");
        await Assertions.Expect(chinese).ToHaveCSSAsync("color", "rgb(230, 237, 243)");
        await Assertions.Expect(page.Page.Locator("#events-en li.item a").First).ToHaveCSSAsync("color", "rgb(124, 196, 239)");
        // theme="light" holds whatever the page.
        await page.Page.EvaluateAsync("() => document.querySelector('#events-en').setAttribute('data-theme', 'light')");
        await Assertions.Expect(english).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        // The page turns light again while the system stays dark: so does the widget.
        await page.Page.Locator("#dark-page").ClickAsync();
        await Assertions.Expect(chinese).ToHaveCSSAsync("background-color", "rgb(255, 255, 255)");
        await page.Page.ScreenshotAsync(new() { Path = Artifacts.Path("screenshots", "partner-page-system-dark.png"), FullPage = true });
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_KeyboardFocus_IsClearlyVisibleInLightAndDarkThemes()
    {
        await using var page = await OpenPartnerPageAsync();

        foreach (var widget in new[] { "events-en", "events-dark" })
        {
            // Tab until the widget's first link has the focus, as a keyboard user gets there.
            var focused = "";
            for (var press = 0; press < 200 && focused != $"{widget}:0"; press++)
            {
                await page.Page.Keyboard.PressAsync("Tab");
                focused = await page.Page.EvaluateAsync<string>("""
                    () => {
                      const host = document.activeElement;
                      return host && host.shadowRoot && host.shadowRoot.activeElement
                        ? host.id + ':' + [...host.shadowRoot.querySelectorAll('a')].indexOf(host.shadowRoot.activeElement) : '';
                    }
                    """);
            }
            Assert.Equal($"{widget}:0", focused);

            var ring = await page.Page.EvaluateAsync<string[]>($$"""
                () => {
                  const root = document.querySelector('#{{widget}}').shadowRoot;
                  const link = getComputedStyle(root.activeElement);
                  return [link.outlineStyle, link.outlineWidth, link.outlineColor, getComputedStyle(root.querySelector('section')).backgroundColor];
                }
                """);
            Assert.Equal("solid", ring[0]);
            Assert.True(double.Parse(ring[1].Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) >= 2, $"outline {ring[1]}");
            // WCAG's 3:1 for a focus indicator against what it is drawn on.
            var contrast = Contrast(ring[2], ring[3]);
            Assert.True(contrast >= 3, $"{widget}: focus ring {ring[2]} on {ring[3]} has a contrast of {contrast:0.00}");
        }
        NoErrors(page);
    }

    [Fact]
    public async Task IframePage_PostsItsHeight_AndTheDocumentedSnippetFitsTheFrameToIt()
    {
        await using var page = await OpenPartnerPageAsync();
        var frame = await (await page.Page.Locator("#events-frame").ElementHandleAsync()).ContentFrameAsync();
        Assert.NotNull(frame);
        await Assertions.Expect(page.Page.FrameLocator("#events-frame").Locator("li.item")).ToHaveCountAsync(EventCount);

        var wide = await FittedHeightAsync(page.Page, frame);
        // The partner's layout narrows the frame (a phone, say): the events stack, and the frame grows with them.
        await page.Page.Locator("#events-frame").ScrollIntoViewIfNeededAsync();
        await page.Page.EvaluateAsync("() => document.getElementById('events-frame').style.width = '320px'");
        var narrow = await FittedHeightAsync(page.Page, frame, differentFrom: wide);
        await frame.EvaluateAsync("() => document.querySelector('[data-scc-events]').setAttribute('data-limit', '1')");
        await Assertions.Expect(page.Page.FrameLocator("#events-frame").Locator("li.item")).ToHaveCountAsync(1);
        var one = await FittedHeightAsync(page.Page, frame, differentFrom: narrow);

        Assert.True(narrow > wide, $"the frame is {narrow}px tall with the events stacked, {wide}px side by side");
        Assert.True(one < narrow, $"the frame is {one}px tall for one event, {narrow}px for three");
        // A message from anyone but the frame (here the page itself) changes nothing.
        await page.Page.EvaluateAsync("() => window.postMessage({ type: 'scc-events:height', height: 5 }, '*')");
        await page.Page.WaitForTimeoutAsync(300);
        Assert.Equal(one, await page.Page.EvaluateAsync<int>("() => document.getElementById('events-frame').clientHeight"));
        NoErrors(page);
    }

    /// <summary>Waits until the frame is as tall as its content, with nothing to scroll; gives that height.</summary>
    private static async Task<int> FittedHeightAsync(IPage page, IFrame frame, int? differentFrom = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var content = await frame.EvaluateAsync<int>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)");
            var box = await page.EvaluateAsync<int>("() => document.getElementById('events-frame').clientHeight");
            var scrolls = await frame.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > window.innerHeight");
            if (content == box && !scrolls && box != differentFrom) return box;
            if (waited.Elapsed > TimeSpan.FromSeconds(10)) Assert.Fail($"the frame is {box}px tall for {content}px of content");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Widget_AndIframePage_HaveNoAccessibilityViolations_InBothLanguagesAndThemes()
    {
        await using var page = await browser.NewPageAsync();
        await Axe.AddToAsync(page.Context);
        await page.Page.GotoAsync(site.PartnerAddress.ToString());
        // The iframe page as partners use it, framed, beside the demo's own frame (English, auto: light here):
        // the page it is framed by gives the page's heading and main landmark that axe looks for.
        await page.Page.EvaluateAsync("""
            api => {
              for (const [lang, theme] of [['zh-Hant', 'light'], ['en', 'dark'], ['zh-Hant', 'dark']]) {
                const frame = document.createElement('iframe');
                frame.className = 'axe-frame';
                frame.title = `Smart City Consortium events (${lang}, ${theme})`;
                frame.src = `${api}embed/v1/events?lang=${lang}&when=all&theme=${theme}&eventsPage=https%3A%2F%2Fwww.example.org%2F`;
                document.querySelector('main').append(frame);
              }
            }
            """, site.ApiAddress.ToString());
        foreach (var widget in Widgets) await Assertions.Expect(page.Page.Locator($"#{widget} .footer")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Page.FrameLocator("#events-frame").Locator(".footer")).ToHaveCountAsync(1);
        for (var i = 0; i < 3; i++)
            await Assertions.Expect(page.Page.FrameLocator($".axe-frame >> nth={i}").Locator(".footer")).ToHaveCountAsync(1);
        var dark = page.Page.FrameLocator(".axe-frame >> nth=1").Locator("section");
        await Assertions.Expect(dark).ToHaveCSSAsync("background-color", "rgb(22, 27, 34)");

        var light = await Axe.ViolationsAsync(page.Page);
        await page.Page.Locator("#dark-page").ClickAsync();
        await Assertions.Expect(page.Page.Locator("#events-en section")).ToHaveCSSAsync("background-color", "rgb(22, 27, 34)");
        var darkPage = await Axe.ViolationsAsync(page.Page);

        var found = light.Select(v => "light page: " + v).Concat(darkPage.Select(v => "dark page: " + v)).ToList();
        Assert.True(found.Count == 0, "axe found:\n" + string.Join("\n", found));
        NoErrors(page);
    }

    [Fact]
    public async Task Widget_Script_AddsNothingToWindowButSccEvents()
    {
        await using var without = await browser.NewPageAsync();
        await without.Context.RouteAsync("**/embed/v1/events.js", route => route.AbortAsync());
        await without.Page.GotoAsync(site.PartnerAddress.ToString());
        var before = await without.Page.EvaluateAsync<string[]>("() => Object.getOwnPropertyNames(window)");
        await using var with = await OpenPartnerPageAsync();

        var after = await with.Page.EvaluateAsync<string[]>("() => Object.getOwnPropertyNames(window)");

        Assert.Equal(["SccEvents"], after.Except(before));
        Assert.True(await with.Page.EvaluateAsync<bool>("() => Object.isFrozen(window.SccEvents) && typeof window.SccEvents.mount === 'function'"));
        Assert.True(await with.Page.EvaluateAsync<bool>("() => customElements.get('scc-events') !== undefined"));
        NoErrors(with);
    }

    private static double Contrast(string first, string second)
    {
        static double Luminance(string rgb)
        {
            var channels = rgb[(rgb.IndexOf('(', StringComparison.Ordinal) + 1)..rgb.IndexOf(')', StringComparison.Ordinal)]
                .Split(',').Take(3).Select(c => double.Parse(c, CultureInfo.InvariantCulture) / 255)
                .Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
        }
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }
}
