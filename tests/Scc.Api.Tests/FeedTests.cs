using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using Ical.Net;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>The public feeds over the newsletter's demo data (its events are in 2023, hence when=all).</summary>
public sealed class FeedTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private const string Feed = "/api/v1/feeds/events";
    private const string Pavilion = "hong-kong-smart-living-pavilion-bangkok-2023";
    private const string TsfDisclaimer = "Vetting Committee of the Trade and Industrial Organisation Support Fund";

    private async Task<JsonObject> ItemAsync(string slug, string lang = "en")
    {
        var feed = await (await api.Anonymous().GetAsync($"{Feed}?when=all&limit=100&lang={lang}")).AssertJsonAsync(HttpStatusCode.OK);
        return feed["items"]!.AsArray().Single(i => i!["slug"]!.GetValue<string>() == slug)!.AsObject();
    }

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [Fact]
    public async Task JsonFeed_InTraditionalChinese_HasChineseTitlesAndFallsBackToEnglishPerField()
    {
        var response = await api.Anonymous().GetAsync($"{Feed}?when=all&limit=100&lang=zh-Hant");

        var feed = await response.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("zh-Hant", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal("zh-Hant", feed["language"]!.GetValue<string>());
        var items = feed["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        var pavilion = items.Single(i => i["slug"]!.GetValue<string>() == Pavilion);
        Assert.True(HasChinese(pavilion["title"]!.GetValue<string>()), pavilion["title"]!.ToJsonString());
        Assert.DoesNotContain("title", pavilion["fallback"]!.AsArray().Select(f => f!.GetValue<string>()));
        var englishOnly = items.Single(i => i["slug"]!.GetValue<string>() == "data-analytics-training-2023-05-17");
        Assert.False(HasChinese(englishOnly["title"]!.GetValue<string>()));
        Assert.Contains("title", englishOnly["fallback"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.All(items, i => Assert.NotEqual("draft", i["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task JsonFeed_WithoutLang_FollowsAcceptLanguageQualities()
    {
        var chinese = new HttpRequestMessage(HttpMethod.Get, $"{Feed}?when=all&limit=1");
        chinese.Headers.AcceptLanguage.ParseAdd("fr;q=1, en;q=0.5, zh-HK;q=0.8");
        var english = new HttpRequestMessage(HttpMethod.Get, $"{Feed}?when=all&limit=1");
        english.Headers.AcceptLanguage.ParseAdd("de, en-GB;q=0.7, zh;q=0");

        var chineseResponse = await api.Anonymous().SendAsync(chinese);
        var englishResponse = await api.Anonymous().SendAsync(english);

        Assert.Equal("zh-Hant", chineseResponse.Content.Headers.ContentLanguage.Single());
        Assert.Equal("en", englishResponse.Content.Headers.ContentLanguage.Single());
        Assert.Contains("Accept-Language", chineseResponse.Headers.Vary);
    }

    [Fact]
    public async Task JsonFeed_UnknownLanguageOrType_Is400()
    {
        var language = await (await api.Anonymous().GetAsync($"{Feed}?lang=fr")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("lang", language.ErrorKeys());
        var problem = await (await api.Anonymous().GetAsync($"{Feed}?type=party")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("type", problem.ErrorKeys());
    }

    [Fact]
    public async Task JsonFeed_FundedItem_CarriesTheDisclaimerAndTheFeedFields()
    {
        var pavilion = await ItemAsync(Pavilion);

        var funding = pavilion["fundingProgrammes"]!.AsArray().Single()!;
        Assert.Contains(TsfDisclaimer, funding["disclaimer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Trade and Industrial Organisation Support Fund", funding["name"]!.GetValue<string>());
        Assert.Equal("Asia/Bangkok", pavilion["timeZone"]!.GetValue<string>());
        Assert.Equal("allDay", pavilion["schedule"]!["kind"]!.GetValue<string>());
        Assert.Equal("2023-07-13", pavilion["schedule"]!["startDate"]!.GetValue<string>());
        Assert.Equal("none", pavilion["registration"]!["availability"]!.GetValue<string>());
        Assert.EndsWith($"/api/v1/events/{pavilion["id"]}", pavilion["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(pavilion["organisations"]!.AsArray(), o => o!["name"]?.GetValue<string>() is { Length: > 0 });
        Assert.IsType<string>(pavilion["venue"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task JsonFeed_ExternalRegistration_IsExternalWithItsLink()
    {
        var feed = await (await api.Anonymous().GetAsync($"{Feed}?when=all&limit=100")).AssertJsonAsync(HttpStatusCode.OK);

        var external = feed["items"]!.AsArray().Where(i => i!["registration"]!["availability"]!.GetValue<string>() == "external").ToList();
        Assert.NotEmpty(external);
    }

    [Fact]
    public async Task JsonFeed_PagesWithACursor()
    {
        var first = await (await api.Anonymous().GetAsync($"{Feed}?when=all&limit=2")).AssertJsonAsync(HttpStatusCode.OK);
        var cursor = first["nextCursor"]!.GetValue<string>();

        var second = await (await api.Anonymous().GetAsync($"{Feed}?when=all&limit=2&cursor={Uri.EscapeDataString(cursor)}")).AssertJsonAsync(HttpStatusCode.OK);

        var ids = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => i!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Fact]
    public async Task EventCalendar_FundedAllDayEvent_HasDatesAndTheDisclaimer()
    {
        var pavilion = await ItemAsync(Pavilion);

        var response = await api.Anonymous().GetAsync($"/api/v1/events/{pavilion["id"]}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var evt = calendar.Events.Single();
        Assert.Equal($"{pavilion["id"]}@smartcity.org.hk", evt.Uid);
        Assert.Equal("Hong Kong Smart Living Pavilion", evt.Summary);
        Assert.False(evt.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2023, 7, 13), evt.DtStart.Date);
        Assert.Equal(new DateOnly(2023, 7, 15), evt.DtEnd!.Date);
        Assert.Contains(TsfDisclaimer, evt.Description, StringComparison.Ordinal);
        Assert.Contains("Bangkok", evt.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventCalendar_StillServesTheEventItself()
    {
        var pavilion = await ItemAsync(Pavilion);

        var json = await (await api.Anonymous().GetAsync($"/api/v1/events/{pavilion["id"]}")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(Pavilion, json["slug"]!.GetValue<string>());
        await (await api.Anonymous().GetAsync($"/api/v1/events/{Guid.NewGuid()}.ics")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task CalendarFeed_MarksTentativeEventsAndLeavesOutUndatedOnes()
    {
        var response = await api.Anonymous().GetAsync($"{Feed}.ics?when=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var tentative = await ItemAsync("health-partnership-awards-2023");
        var undated = await ItemAsync("retail-innovation-award-2023");
        var evt = calendar.Events.Single(e => e.Uid == $"{tentative["id"]}@smartcity.org.hk");
        Assert.Equal("TENTATIVE", evt.Status);
        Assert.False(evt.DtStart!.HasTime);
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"{undated["id"]}@smartcity.org.hk");
        Assert.True(calendar.Events.Count > 20);
    }

    [Fact]
    public async Task AtomFeed_ParsesAsAtomWithStableIdsAndLanguage()
    {
        var response = await api.Anonymous().GetAsync($"{Feed}.atom?when=all&lang=zh-Hant");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        var pavilion = await ItemAsync(Pavilion);
        Assert.Equal("zh-Hant", feed.Language);
        var entry = feed.Items.Single(i => i.Id == $"urn:uuid:{pavilion["id"]}");
        Assert.True(HasChinese(entry.Title.Text));
        Assert.Contains(TsfDisclaimer, entry.Summary.Text, StringComparison.Ordinal);
        Assert.NotEmpty(entry.Links);
        Assert.NotEqual(default, entry.LastUpdatedTime);
    }

    private async Task<SyndicationFeed> AtomAsync(string query, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Feed}.atom?{query}");
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await api.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task AtomFeed_IdNamesTheSelectionAndLanguage_NotThePageOrTheOrderOfParameters()
    {
        var english = await AtomAsync("when=all&lang=en");
        var chinese = await AtomAsync("when=all&lang=zh-Hant");
        var chineseByHeader = await AtomAsync("when=all", acceptLanguage: "zh-Hant");
        var seminars = await AtomAsync("when=all&type=seminar&lang=en");
        var seminarsReordered = await AtomAsync("lang=en&type=seminar&when=all");
        var firstPage = await AtomAsync("when=all&lang=en&limit=2");
        var nextLink = firstPage.Links.Single(l => l.RelationshipType == "next").Uri;
        var secondPage = await AtomAsync(nextLink.Query.TrimStart('?'));

        Assert.Equal(5, new[] { english.Id, chinese.Id, seminars.Id, firstPage.Id, (await AtomAsync("when=upcoming&lang=en")).Id }.Distinct().Count());
        Assert.Equal(chinese.Id, chineseByHeader.Id);
        Assert.Equal(seminars.Id, seminarsReordered.Id);
        Assert.Equal(firstPage.Id, secondPage.Id);
        Assert.True(Uri.IsWellFormedUriString(english.Id, UriKind.Absolute), english.Id);
        Assert.NotEqual(firstPage.Items.First().Id, secondPage.Items.First().Id);
    }

    [Fact]
    public async Task AtomFeed_CategoriesAreSpeltAsInTheJson_AndEveryAlternateLinkSaysItsType()
    {
        var feed = await AtomAsync("when=all&lang=en&limit=100");
        var json = await (await api.Anonymous().GetAsync($"{Feed}?when=all&lang=en&limit=100")).AssertJsonAsync(HttpStatusCode.OK);

        var items = json["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Contains(items, i => i["type"]!.GetValue<string>() == "awardCeremony");
        foreach (var item in items)
        {
            var entry = feed.Items.Single(e => e.Id == $"urn:uuid:{item["id"]}");
            var typeCategory = entry.Categories.Single(c => c.Scheme.EndsWith("?type=", StringComparison.Ordinal));
            Assert.Equal(item["type"]!.GetValue<string>(), typeCategory.Name);
            Assert.Equal(item["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Order(),
                entry.Categories.Where(c => c.Scheme.EndsWith("?tag=", StringComparison.Ordinal)).Select(c => c.Name).Order());
            var alternates = entry.Links.Where(l => l.RelationshipType == "alternate").ToList();
            Assert.All(alternates, l => Assert.False(string.IsNullOrEmpty(l.MediaType)));
            Assert.Equal(alternates.Count, alternates.Select(l => l.MediaType).Distinct().Count());
            Assert.Equal(item["url"]!.GetValue<string>(), alternates.Single(l => l.MediaType == "application/json").Uri.ToString());
            Assert.Equal(item["calendarUrl"]!.GetValue<string>(), alternates.Single(l => l.MediaType == "text/calendar").Uri.ToString());
            if (item["websiteUrl"] is { } website)
                Assert.Equal(website.GetValue<string>(), alternates.Single(l => l.MediaType == "text/html").Uri.ToString());
        }

        // The feed's own alternates are the same selection in the other formats, and answer as such.
        foreach (var link in feed.Links.Where(l => l.RelationshipType == "alternate"))
        {
            var response = await api.Anonymous().GetAsync(link.Uri.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(link.MediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("when=all", link.Uri.Query, StringComparison.Ordinal);
            Assert.Contains("lang=en", link.Uri.Query, StringComparison.Ordinal);
        }
        Assert.Equal(["application/json", "text/calendar"], feed.Links.Where(l => l.RelationshipType == "alternate").Select(l => l.MediaType).Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData(".ics")]
    [InlineData(".atom")]
    public async Task Feeds_WithTheirETag_Answer304(string extension)
    {
        var first = await api.Anonymous().GetAsync($"{Feed}{extension}?when=all&tag=bangkok");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal("public, max-age=300, stale-while-revalidate=60", first.Headers.CacheControl!.ToString());
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        var request = new HttpRequestMessage(HttpMethod.Get, $"{Feed}{extension}?when=all&tag=bangkok");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task Cors_FeedsAllowAnyOrigin_StaffEndpointsDoNot()
    {
        var feed = new HttpRequestMessage(HttpMethod.Get, $"{Feed}?when=all&limit=1");
        feed.Headers.Add("Origin", "https://partner.example.org");
        var staff = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events?limit=1");
        staff.Headers.Add("Origin", "https://partner.example.org");

        var feedResponse = await api.Anonymous().SendAsync(feed);
        var staffResponse = await api.Anonymous().SendAsync(staff);

        Assert.Equal(HttpStatusCode.OK, feedResponse.StatusCode);
        Assert.Equal("*", feedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.OK, staffResponse.StatusCode);
        Assert.False(staffResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
