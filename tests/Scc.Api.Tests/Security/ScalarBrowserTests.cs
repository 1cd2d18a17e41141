using Microsoft.Playwright;
using Scc.Api.Tests.Browser;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>
/// The API browser (Scalar) works in a real Chromium under its strict Content-Security-Policy: it renders the
/// operations with request samples in curl, JavaScript and C#, and asks nothing of any other host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScalarBrowserTests(BrowserFixture browser, ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Scalar_ShowsRequestSamplesInCurlJavaScriptAndCSharp_WithoutBreachingItsContentSecurityPolicy()
    {
        var address = api.CreateClient().BaseAddress!;
        await using var page = await browser.NewPageAsync();

        var response = await page.Page.GotoAsync(new Uri(address, "/scalar/").ToString());
        // The document is large (every status and example of 100 operations): give the page time to read it on a busy machine.
        await page.Page.Locator("a[href='#tag/events']").First.ClickAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Page.GetByText("curl http").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var samples = new List<string>();
        foreach (var client in new[] { "Curl", "Fetch", "HttpClient" })
        {
            await page.Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Curl|Fetch|HttpClient") }).First.ClickAsync();
            await page.Page.GetByRole(AriaRole.Option, new() { NameRegex = new System.Text.RegularExpressions.Regex(client) }).First.ClickAsync();
            samples.Add(await page.Page.Locator(".cm-content, pre code").First.InnerTextAsync());
        }
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Path("screenshots", "scalar.png") });
        var errorsWhileLoading = page.Errors;
        var inlineRan = await page.InjectedInlineScriptRunsAsync();

        var policy = response!.Headers["content-security-policy"];
        var scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Matches("^script-src 'self' 'nonce-[A-Za-z0-9_-]{43}'$", scripts);
        Assert.StartsWith("curl http", samples[0], StringComparison.Ordinal);
        Assert.StartsWith("fetch(", samples[1], StringComparison.Ordinal);
        Assert.Contains("new HttpClient()", samples[2], StringComparison.Ordinal);
        Assert.False(inlineRan, "an inline script ran");
        Assert.True(errorsWhileLoading.Count == 0, string.Join(Environment.NewLine, errorsWhileLoading));
        Assert.All(page.Requests, url => Assert.StartsWith(address.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
    }
}
