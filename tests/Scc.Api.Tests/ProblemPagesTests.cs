using System.Net;
using System.Text;
using Scc.Api.ErrorHandling;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>Problems' <c>type</c> URIs, and the catalogue served at them.</summary>
public sealed class ProblemPagesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static HttpRequestMessage Request(HttpMethod method, string url, string? accept = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return request;
    }

    [Fact]
    public async Task GetEvent_WhenIdIsUnknown_AnswersAProblemWhoseTypeResolvesToItsEntry()
    {
        var client = api.Anonymous();
        var problem = await (await client.GetAsync($"/api/v1/events/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        var type = problem["type"]!.GetValue<string>();

        Assert.Equal(new Uri(client.BaseAddress!, "/problems/not-found").ToString(), type);
        var response = await client.GetAsync(type);
        var entry = await response.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("not_found", entry["code"]!.GetValue<string>());
        Assert.Equal(404, entry["status"]!.GetValue<int>());
        Assert.Equal(type, entry["type"]!.GetValue<string>());
        Assert.Equal(ProblemCatalogue.Find("not_found")!.Description, entry["detail"]!.GetValue<string>());
        Assert.Equal("Not found", entry["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Problems_FromRoutingAuthenticationTheExceptionHandlerAndTheCharsetCheck_CarryTheirType()
    {
        var client = api.Anonymous();
        using var latin1 = new StringContent("{}", Encoding.Latin1, "application/json");

        var routing = await (await client.GetAsync("/no/such/path")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        var method = await (await client.DeleteAsync("/problems")).AssertProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        var authentication = await (await client.GetAsync("/api/v1/api-keys")).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        var validation = await (await client.GetAsync("/api/v1/feeds/events?lang=fr")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var charset = await (await client.PostAsync($"/api/v1/events/{Guid.NewGuid()}/registrations", latin1))
            .AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");

        Assert.EndsWith("/problems/not-found", routing["type"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/problems/method-not-allowed", method["type"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/problems/unauthorized", authentication["type"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/problems/validation-failed", validation["type"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("/problems/unsupported-media-type", charset["type"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/events/0190a1b2-0000-7000-8000-000000000000.ics", "text/calendar", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/api/v1/feeds/events.atom?lang=fr", "application/atom+xml", HttpStatusCode.BadRequest, "validation_failed")]
    [InlineData("/api/v1/events?limit=abc", "text/html", HttpStatusCode.BadRequest, "malformed_request")]
    [InlineData("/api/v1/api-keys", "text/html", HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("/problems/no-such-problem", "text/html", HttpStatusCode.NotFound, "not_found")]
    public async Task Problem_ForAClientWhoseAcceptLeavesOutJson_IsStillAProblemWithItsType(string url, string accept, HttpStatusCode status, string code)
    {
        var response = await api.Anonymous().SendAsync(Request(HttpMethod.Get, url, accept));

        await response.AssertProblemAsync(status, code);
    }

    [Fact]
    public async Task GetProblem_WithABrowsersAccept_IsAnHtmlPageUnderAStrictContentSecurityPolicy()
    {
        var response = await api.Anonymous().SendAsync(Request(HttpMethod.Get, "/problems/event-full", BrowserAccept));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(ProblemPages.ContentSecurityPolicy, policy);
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h1>Event full</h1>", html, StringComparison.Ordinal);
        Assert.Contains("409 Conflict", html, StringComparison.Ordinal);
        Assert.Contains("<code>event_full</code>", html, StringComparison.Ordinal);
        Assert.Contains("no waiting list", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/problems\"", html, StringComparison.Ordinal);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task GetProblem_AsJsonAndAsHtml_IsPublicForADayWithDifferentStrongETags()
    {
        var json = await api.Anonymous().SendAsync(Request(HttpMethod.Get, "/problems/event-full", "application/problem+json, text/html;q=0.9"));
        var html = await api.Anonymous().SendAsync(Request(HttpMethod.Get, "/problems/event-full", BrowserAccept));

        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.False(json.Headers.Contains("Content-Security-Policy"));
        foreach (var response in new[] { json, html })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=86400", response.Headers.CacheControl?.ToString());
            Assert.False(response.Headers.ETag!.IsWeak);
        }
        Assert.NotEqual(json.Headers.ETag, html.Headers.ETag);
    }

    [Theory]
    [InlineData("/problems/event-full", null)]
    [InlineData("/problems/event-full", BrowserAccept)]
    [InlineData("/problems", null)]
    [InlineData("/problems", BrowserAccept)]
    public async Task HeadProblem_AnswersTheHeadersOfGet_WithoutABody(string url, string? accept)
    {
        var client = api.Anonymous();
        var get = await client.SendAsync(Request(HttpMethod.Get, url, accept));
        var head = await client.SendAsync(Request(HttpMethod.Head, url, accept));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Equal(get.Headers.Contains("Content-Security-Policy"), head.Headers.Contains("Content-Security-Policy"));
        Assert.True(get.Content.Headers.ContentLength > 0);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task GetProblem_WithItsETag_Answers304(string method)
    {
        var client = api.Anonymous();
        var first = await client.GetAsync("/problems/precondition-failed");

        var again = await client.SendAsync(Request(new HttpMethod(method), "/problems/precondition-failed", ifNoneMatch: first.Headers.ETag!.ToString()));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetProblems_ListsEveryCode_AsJsonAndAsHtml()
    {
        var client = api.Anonymous();
        var response = await client.GetAsync("/problems");
        var index = await response.AssertJsonAsync(HttpStatusCode.OK);
        var html = await (await client.SendAsync(Request(HttpMethod.Get, "/problems", BrowserAccept))).Content.ReadAsStringAsync();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var items = index["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(ProblemCatalogue.All.Select(p => p.Code), items.Select(i => i["code"]!.GetValue<string>()));
        Assert.All(items, item =>
        {
            var problem = ProblemCatalogue.Find(item["code"]!.GetValue<string>())!;
            Assert.Equal(new Uri(client.BaseAddress!, problem.Path).ToString(), item["type"]!.GetValue<string>());
            Assert.Equal(problem.Status, item["status"]!.GetValue<int>());
            Assert.Equal(problem.Title, item["title"]!.GetValue<string>());
            Assert.Equal(problem.Description, item["detail"]!.GetValue<string>());
        });
        Assert.All(ProblemCatalogue.All, p => Assert.Contains($"<a href=\"{p.Path}\"><code>{p.Code}</code></a>", html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/problems/no-such-problem")]
    [InlineData("/problems/event_full")]
    public async Task GetProblem_WhenSlugIsUnknown_Returns404Problem(string url)
    {
        var response = await api.Anonymous().GetAsync(url);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.EndsWith("/problems/not-found", problem["type"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(response.Headers.CacheControl?.Public ?? false, "a 404 is not cached for a day");
    }

    [Fact]
    public async Task TypeUri_FollowsTheHostTheClientCalled()
    {
        var request = Request(HttpMethod.Get, "/problems/event-full");
        request.Headers.Host = "api.scc.example";

        var entry = await (await api.Anonymous().SendAsync(request)).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal("http://api.scc.example/problems/event-full", entry["type"]!.GetValue<string>());
    }
}
