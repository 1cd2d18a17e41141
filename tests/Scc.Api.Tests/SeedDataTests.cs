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
