using System.Net;
using System.Net.Http.Headers;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>Lists, filters, paging and conditional GETs, over a small set of events made for this class.</summary>
public sealed class EventReadTests(EventReadTests.Fixture fixture) : IClassFixture<EventReadTests.Fixture>
{
    private const string Events = "/api/v1/events";

    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();

        public Dictionary<string, Guid> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            await Api.InitializeAsync();
            var editor = Api.As("editor");
            // slug, type, days from now, tags, publish?
            (string Slug, string Type, int Days, string[] Tags, bool Publish)[] events =
            [
                ("past-seminar", "seminar", -40, ["green"], true),
                ("past-workshop", "workshop", -10, ["data"], true),
                ("next-seminar", "seminar", 5, ["data", "green"], true),
                ("later-forum", "forum", 20, ["finance"], true),
                ("much-later-seminar", "seminar", 60, ["green"], true),
                ("draft-seminar", "seminar", 7, ["green"], false),
            ];
            foreach (var e in events)
            {
                var body = EventBodies.Seminar(e.Slug.Replace('-', ' '), e.Days, e.Slug, e.Type, e.Tags);
                var created = await (await editor.PostJsonAsync(Events, body)).AssertJsonAsync(HttpStatusCode.Created);
                var id = created["id"]!.GetValue<Guid>();
                Ids[e.Slug] = id;
                if (e.Publish) (await editor.PostAsync($"{Events}/{id}/publish", null)).EnsureSuccessStatusCode();
            }
        }

        public async Task DisposeAsync() => await Api.DisposeAsync();
    }

    private async Task<List<string>> SlugsAsync(string query, HttpClient? client = null)
    {
        var page = await (await (client ?? fixture.Api.Anonymous()).GetAsync(Events + query)).AssertJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()).ToList();
    }

    [Fact]
    public async Task List_Anonymous_ShowsPublishedInStartOrderWithoutDrafts()
    {
        var slugs = await SlugsAsync("?when=all");

        Assert.Equal(["past-seminar", "past-workshop", "next-seminar", "later-forum", "much-later-seminar"], slugs);
    }

    [Fact]
    public async Task List_AsEditor_IncludesDrafts()
    {
        Assert.Contains("draft-seminar", await SlugsAsync("?when=all", fixture.Api.As("editor")));
    }

    [Theory]
    [InlineData("?when=upcoming", "next-seminar,later-forum,much-later-seminar")]
    [InlineData("?when=past", "past-seminar,past-workshop")]
    [InlineData("?type=seminar", "past-seminar,next-seminar,much-later-seminar")]
    [InlineData("?type=workshop,forum", "past-workshop,later-forum")]
    [InlineData("?tag=green&when=upcoming", "next-seminar,much-later-seminar")]
    [InlineData("?q=LATER", "later-forum,much-later-seminar")]
    [InlineData("?q=%25", "")]
    [InlineData("?sort=-startsAt&when=upcoming", "much-later-seminar,later-forum,next-seminar")]
    [InlineData("?status=published&type=forum", "later-forum")]
    public async Task List_WithFilter_ReturnsMatchingEvents(string query, string expected)
    {
        var slugs = await SlugsAsync(query);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), slugs);
    }

    [Fact]
    public async Task List_FromTo_ReturnsEventsOverlappingTheRange()
    {
        var from = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(["next-seminar", "later-forum"], await SlugsAsync($"?from={from}&to={to}"));
    }

    [Theory]
    [InlineData("startsAt")]
    [InlineData("-startsAt")]
    public async Task List_PagedTwoAtATime_WalksEveryEventOnceInOrder(string sort)
    {
        var all = await SlugsAsync($"?when=all&sort={sort}&limit=100");
        var walked = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"{Events}?when=all&sort={Uri.EscapeDataString(sort)}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await (await fixture.Api.Anonymous().GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK);
            walked.AddRange(page["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(all, walked);
    }

    [Theory]
    [InlineData("?type=concert", "type")]
    [InlineData("?status=archived", "status")]
    [InlineData("?when=tomorrow", "when")]
    [InlineData("?sort=title", "sort")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?from=25-08-2023", "from")]
    [InlineData("?from=2023-08-25T16:00:00", "from")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    public async Task List_WithUnknownFilterValue_Returns400NamingIt(string query, string field)
    {
        var response = await fixture.Api.Anonymous().GetAsync(Events + query);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(field, problem.ErrorKeys());
    }

    [Fact]
    public async Task List_CursorFromAnotherSort_Returns400()
    {
        var page = await (await fixture.Api.Anonymous().GetAsync($"{Events}?when=all&limit=2")).AssertJsonAsync(HttpStatusCode.OK);
        var cursor = page["nextCursor"]!.GetValue<string>();

        var response = await fixture.Api.Anonymous().GetAsync($"{Events}?sort=-startsAt&cursor={cursor}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_WithMatchingIfNoneMatch_Returns304()
    {
        var url = $"{Events}/{fixture.Ids["next-seminar"]}";
        var first = await fixture.Api.Anonymous().GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        var second = await fixture.Api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithOtherIfNoneMatch_Returns200()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Events}/{fixture.Ids["next-seminar"]}");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"12345\""));

        var response = await fixture.Api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetBySlug_ReturnsTheSameEventAsById()
    {
        var bySlug = await (await fixture.Api.Anonymous().GetAsync($"{Events}/by-slug/later-forum")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(fixture.Ids["later-forum"], bySlug["id"]!.GetValue<Guid>());
        Assert.Equal("Asia/Hong_Kong", bySlug["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_DraftAnonymously_Returns404ButEditorSeesIt()
    {
        var url = $"{Events}/{fixture.Ids["draft-seminar"]}";

        await (await fixture.Api.Anonymous().GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Api.As("editor").GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownRoute_Returns404Problem()
    {
        await (await fixture.Api.Anonymous().GetAsync("/api/v1/nothing-here")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await fixture.Api.Anonymous().GetAsync($"/api/v2/events")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
