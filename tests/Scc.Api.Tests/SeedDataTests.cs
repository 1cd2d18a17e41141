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
    public async Task Health_ReadyAndLive_AreHealthy()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync("/health/ready")).StatusCode);
    }
}
