using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>The newsletter's demo data, loaded the way Development loads it, read back through the API.</summary>
public sealed class SeedDataTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private async Task<JsonObject> EventAsync(string slug) =>
        await (await api.Anonymous().GetAsync($"/api/v1/events/by-slug/{slug}")).AssertJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Seed_LoadsEveryNewsletterEventAsPublished()
    {
        var page = await (await api.Anonymous().GetAsync("/api/v1/events?when=all&limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        var items = page["items"]!.AsArray();

        Assert.True(items.Count >= 30, $"expected the newsletter's ~30 events, got {items.Count}");
        Assert.All(items, i => Assert.Equal("published", i!["status"]!.GetValue<string>()));
        Assert.Null(page["nextCursor"]);
    }

    [Fact]
    public async Task Seed_BangkokSeminarIsInBangkokTime()
    {
        var page = await (await api.Anonymous().GetAsync("/api/v1/events?when=all&limit=100&q=bangkok")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Contains(page["items"]!.AsArray(), i => i!["timeZone"]!.GetValue<string>() == "Asia/Bangkok");
    }

    [Fact]
    public async Task Seed_TrainingOn25AugustIsFourToSixHongKongTime()
    {
        var page = await (await api.Anonymous().GetAsync("/api/v1/events?when=all&from=2023-08-25&to=2023-08-26&type=training")).AssertJsonAsync(HttpStatusCode.OK);
        var training = Assert.Single(page["items"]!.AsArray())!;

        Assert.Equal("timed", training["schedule"]!["kind"]!.GetValue<string>());
        var startsAt = DateTimeOffset.Parse(training["schedule"]!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(2023, 8, 25, 8, 0, 0, TimeSpan.Zero), startsAt.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(8), startsAt.Offset);
        Assert.Equal("internal", training["registration"]!["mode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Seed_RoughAndMissingDatesAreNotPrecise()
    {
        var page = await (await api.Anonymous().GetAsync("/api/v1/events?when=all&limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        var items = page["items"]!.AsArray().Select(i => i!).ToList();
        JsonNode ByTitle(string words) => items.Single(i => i["title"]!["en"]?.GetValue<string>().Contains(words, StringComparison.OrdinalIgnoreCase) == true);

        Assert.Equal("tentative", ByTitle("Health Partnership Awards")["schedule"]!["kind"]!.GetValue<string>());
        Assert.Equal("tentative", ByTitle("HKIS Annual Conference")["schedule"]!["kind"]!.GetValue<string>());
        var retail = ByTitle("Retail Innovation Award");
        Assert.Equal("toBeAnnounced", retail["schedule"]!["kind"]!.GetValue<string>());
        Assert.NotNull(retail["registration"]!["closesAt"]);
    }

    [Fact]
    public async Task Seed_TrainingSeriesHasFourSessionsInOrder()
    {
        var series = (await (await api.Anonymous().GetAsync("/api/v1/event-series")).Content.ReadAsStringAsync());
        var trainings = JsonNode.Parse(series)!.AsArray().Single(s => s!["slug"]!.GetValue<string>() == "data-analytics-trainings-2023")!;

        var page = await (await api.Anonymous().GetAsync($"/api/v1/events?seriesId={trainings["id"]}")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal([1, 2, 3, 4], page["items"]!.AsArray().Select(i => i!["seriesPosition"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Seed_BizGreenDressDayIsPartOfGreenBuildingWeek()
    {
        var page = await (await api.Anonymous().GetAsync("/api/v1/events?when=all&q=green building week")).AssertJsonAsync(HttpStatusCode.OK);
        var week = page["items"]!.AsArray().Single(i => i!["parentEventId"] is null)!;

        var parts = await (await api.Anonymous().GetAsync($"/api/v1/events?parentEventId={week["id"]}")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Contains(parts["items"]!.AsArray(), p => p!["title"]!["en"]!.GetValue<string>().Contains("Biz-Green", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_EventsSccSupportedIn2023_AreTheOtherBodiesEvents()
    {
        var scc = await OrganisationIdAsync("scc");

        var page = await (await api.Anonymous().GetAsync($"/api/v1/events?organisationId={scc}&role=supportingOrganisation&from=2023-01-01&to=2024-01-01&limit=100"))
            .AssertJsonAsync(HttpStatusCode.OK);
        var titles = page["items"]!.AsArray().Select(i => i!["title"]!["en"]?.GetValue<string>() ?? "").ToList();

        Assert.True(titles.Count >= 12, $"expected the newsletter's supported events, got {titles.Count}");
        Assert.Contains(titles, t => t.Contains("BIOHK", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("Green Building Week", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("Data Analytics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_TsfFundedPavilion_CarriesTheTsfDisclaimer()
    {
        var pavilion = await EventAsync("hong-kong-smart-living-pavilion-bangkok-2023");

        var funding = Assert.Single(pavilion["fundingProgrammes"]!.AsArray())!;
        Assert.Equal("TSF", funding["acronym"]!.GetValue<string>());
        Assert.StartsWith("Any opinions, findings, conclusions or recommendations", funding["disclaimer"]!["en"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(pavilion["organisations"]!.AsArray(), o => o!["role"]!.GetValue<string>() == "collaboratingOrganisation" && o["acronym"]!.GetValue<string>() == "HKSiA");
    }

    [Fact]
    public async Task Seed_ChineseQuery_FindsChineseTitledItems()
    {
        var page = await (await api.Anonymous().GetAsync($"/api/v1/events?q={Uri.EscapeDataString("智慧")}&limit=100")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.NotEmpty(page["items"]!.AsArray());
        Assert.All(page["items"]!.AsArray(), i => Assert.True(
            (i!["title"]!["zh-Hant"]?.GetValue<string>() ?? "").Contains("智慧", StringComparison.Ordinal) ||
            (i["summary"]?["zh-Hant"]?.GetValue<string>() ?? "").Contains("智慧", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Seed_DepaMou_ShowsBothSignatoriesWithTheirTitles()
    {
        var mou = await (await api.Anonymous().GetAsync("/api/v1/mous/by-slug/depa-scc-mou-2023")).AssertJsonAsync(HttpStatusCode.OK);
        var text = mou.ToJsonString();

        Assert.Equal(2, mou["parties"]!.AsArray().Count);
        Assert.Contains("Nuttapon", text, StringComparison.Ordinal);
        Assert.Contains("Gary Yeung", text, StringComparison.Ordinal);
        Assert.Contains("President and CEO", text, StringComparison.Ordinal);
        Assert.Equal("2023-07-13", mou["signedOn"]!.GetValue<string>());
        Assert.Contains("HKTDC", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_HktdcTimeline_ListsThePavilionTheSichuanForumAndTheMouFacilitation()
    {
        var hktdc = await OrganisationIdAsync("hktdc");

        var timeline = await (await api.Anonymous().GetAsync($"/api/v1/organisations/{hktdc}/timeline")).AssertJsonAsync(HttpStatusCode.OK);
        var items = timeline["items"]!.AsArray().Select(i => i!).ToList();

        Assert.Contains(items, i => i["kind"]!.GetValue<string>() == "event" && i["slug"]!.GetValue<string>() == "hong-kong-smart-living-pavilion-bangkok-2023");
        Assert.Contains(items, i => i["kind"]!.GetValue<string>() == "event" && (i["title"]!["en"]?.GetValue<string>() ?? "").Contains("Sichuan", StringComparison.Ordinal));
        Assert.Contains(items, i => i["kind"]!.GetValue<string>() == "mou" && i["roles"]!.AsArray().Any(r => r!.GetValue<string>() == "facilitator"));
        var dates = items.Select(i => i["date"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Seed_DutyVisit_HasTwoGroupsEachWithItsLeader()
    {
        var visit = await (await api.Anonymous().GetAsync("/api/v1/delegations/by-slug/duty-visit-gba-cities-2023")).AssertJsonAsync(HttpStatusCode.OK);

        var leaders = visit["participants"]!.AsArray().Where(p => p!["role"]!.GetValue<string>() == "leader").ToList();
        Assert.Equal(2, leaders.Count);
        Assert.Equal(2, leaders.Select(l => l!["group"]!["en"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task Search_ChineseWords_FindChineseTitledItemsOfSeveralKinds()
    {
        var page = await (await api.Anonymous().GetAsync($"/api/v1/search?q={Uri.EscapeDataString("智慧")}&limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        var hits = page["items"]!.AsArray().Select(i => i!).ToList();

        Assert.Contains(hits, h => h["kind"]!.GetValue<string>() == "event");
        Assert.Contains(hits, h => h["kind"]!.GetValue<string>() == "organisation" && h["slug"]!.GetValue<string>() == "scc");
        Assert.Contains(hits, h => h["kind"]!.GetValue<string>() == "delegation");
        Assert.All(hits, h => Assert.InRange(h["rank"]!.GetValue<int>(), 1, 3));
        Assert.Equal(hits.Select(h => h["rank"]!.GetValue<int>()).OrderByDescending(r => r), hits.Select(h => h["rank"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Search_ByAcronym_RanksTheOrganisationFirstAndPages()
    {
        var first = await (await api.Anonymous().GetAsync("/api/v1/search?q=depa&limit=1")).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal("organisation", first["items"]![0]!["kind"]!.GetValue<string>());
        var next = first["nextCursor"]?.GetValue<string>();
        Assert.NotNull(next);
        var second = await (await api.Anonymous().GetAsync($"/api/v1/search?q=depa&limit=1&cursor={next}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(first["items"]![0]!["id"]!.GetValue<string>(), second["items"]![0]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=x&type=concert")]
    [InlineData("q=x&cursor=zzz")]
    public async Task Search_WithBadInput_Returns400(string query)
    {
        await (await api.Anonymous().GetAsync($"/api/v1/search?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<string> OrganisationIdAsync(string slug)
    {
        var page = await (await api.Anonymous().GetAsync($"/api/v1/organisations?q={slug}&limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Single(o => o!["slug"]!.GetValue<string>() == slug)!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Health_ReadyAndLive_AreHealthy()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health/ready")).StatusCode);
    }
}
