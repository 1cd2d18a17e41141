using Microsoft.Playwright;
using Scc.Api.Tests.Browser;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>Swagger UI works in a real Chromium under its strict Content-Security-Policy, which the browser reports any breach of.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SwaggerUiBrowserTests(BrowserFixture browser, ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task SwaggerUi_RendersEveryOperationAndCallsTheApi_WithoutBreachingItsContentSecurityPolicy()
    {
        var address = api.CreateClient().BaseAddress!;
        await using var page = await browser.NewPageAsync();

        var response = await page.Page.GotoAsync(new Uri(address, "/swagger/index.html").ToString());
        // The document is large (every status and example of 100 operations): give the page time to read it on a busy machine.
        await Assertions.Expect(page.Page.Locator(".opblock").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        // Swagger UI keeps only the operations near the viewport in the page (a virtual list): scroll to the end, collecting each.
        var operations = await page.Page.EvaluateAsync<int>("""
            async () => {
              const ids = new Set();
              const collect = () => document.querySelectorAll('.opblock[id]').forEach(e => ids.add(e.id));
              let lastY = -1;
              for (let i = 0; i < 5000 && window.scrollY !== lastY; i++) {
                collect();
                lastY = window.scrollY;
                window.scrollBy(0, window.innerHeight / 2);
                await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 20)));
              }
              collect();
              return ids.size;
            }
            """);
        var document = await (await api.CreateClient().GetAsync("/swagger/v1/swagger.json")).AssertJsonAsync(System.Net.HttpStatusCode.OK);
        var documented = document["paths"]!.AsObject().Sum(path => path.Value!.AsObject().Count(member => member.Key is "get" or "put" or "post" or "delete" or "patch" or "head" or "options"));
        await page.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        // The page's own script may call the API (connect-src 'self').
        var status = await page.Page.EvaluateAsync<int>("() => fetch('/api/v1/events?limit=1').then(r => r.status)");
        // A breach while Swagger UI loads shows as a console error ("Refused to ..."); taken before the probe below makes one.
        var errorsWhileLoading = page.Errors;
        var inlineRan = await page.InjectedInlineScriptRunsAsync();
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.Path("screenshots", "swagger-ui.png") });

        var policy = response!.Headers["content-security-policy"];
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal(documented, operations);
        Assert.Equal(200, status);
        Assert.False(inlineRan, "an inline script ran");
        Assert.True(errorsWhileLoading.Count == 0, string.Join(Environment.NewLine, errorsWhileLoading));
        Assert.All(page.Requests, url => Assert.StartsWith(address.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
    }
}
