using System.Net;
using System.Text.Json.Nodes;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>Feeds of events written through the API: time zones, statuses and the output cache.</summary>
public sealed class FeedCacheTests(FeedApiFactory api) : IClassFixture<FeedApiFactory>
{
    private const string Feed = "/api/v1/feeds/events";

    private async Task<string> PublishedAsync(JsonObject body, string? then = null)
    {
        var editor = api.As("editor");
        var id = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).EnsureSuccessStatusCode();
        if (then is not null) (await editor.PostAsync($"/api/v1/events/{id}/{then}", null)).EnsureSuccessStatusCode();
        return id;
    }

    private static JsonObject InBangkok(JsonObject body)
    {
        body["timeZone"] = "Asia/Bangkok";
        return body;
    }

    private async Task<List<string>> TitlesAsync(string tag) =>
        [.. (await (await api.Anonymous().GetAsync($"{Feed}?tag={tag}")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(i => i!["title"]!.GetValue<string>())];

    [Fact]
    public async Task EventCalendar_TimedEventInBangkok_RoundTripsWithItsZone()
    {
        var body = InBangkok(EventBodies.Seminar("Bangkok Timed Seminar", tags: ["bangkok-timed"]));
        var id = await PublishedAsync(body);
        var startsAt = DateTimeOffset.Parse(body["schedule"]!["startsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        var response = await api.Anonymous().GetAsync($"/api/v1/events/{id}.ics?lang=en");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("TZID:Asia/Bangkok", text, StringComparison.Ordinal);
        var evt = Calendar.Load(text)!.Events.Single();
        Assert.Equal($"{id}@smartcity.org.hk", evt.Uid);
        Assert.Equal("Bangkok Timed Seminar", evt.Summary);
        Assert.Equal("CONFIRMED", evt.Status);
        Assert.Equal("Asia/Bangkok", evt.DtStart!.TzId);
        Assert.Equal("Asia/Bangkok", evt.DtEnd!.TzId);
        var bangkok = startsAt.ToOffset(TimeSpan.FromHours(7));
        Assert.Equal(bangkok.DateTime, evt.DtStart.Value);
        Assert.Equal(bangkok.AddHours(2).DateTime, evt.DtEnd.Value);
        Assert.Equal(startsAt.UtcDateTime, evt.DtStart.AsUtc);
        Assert.Equal("H6 CONET", evt.Location);
    }

    [Fact]
    public async Task Feeds_CancelledEvent_StaysMarkedAsCancelled()
    {
        var id = await PublishedAsync(EventBodies.Seminar("Cancelled Seminar", tags: ["cancelled-one"]), then: "cancel");

        var json = await (await api.Anonymous().GetAsync($"{Feed}?tag=cancelled-one")).AssertJsonAsync(HttpStatusCode.OK);
        var ics = Calendar.Load(await api.Anonymous().GetStringAsync($"{Feed}.ics?tag=cancelled-one"))!;

        var item = json["items"]!.AsArray().Single()!;
        Assert.Equal("cancelled", item["status"]!.GetValue<string>());
        Assert.Equal("CANCELLED", ics.Events.Single(e => e.Uid == $"{id}@smartcity.org.hk").Status);
    }

    [Fact]
    public async Task Feeds_NeverShowDrafts()
    {
        await (await api.As("editor").PostJsonAsync("/api/v1/events", EventBodies.Seminar("Draft Seminar", tags: ["draft-only"])))
            .AssertJsonAsync(HttpStatusCode.Created);

        Assert.Empty(await TitlesAsync("draft-only"));
    }

    [Fact]
    public async Task JsonFeed_SecondIdenticalRequest_IsServedFromTheOutputCache()
    {
        await PublishedAsync(EventBodies.Seminar("Cached Seminar", tags: ["cached-once"]));
        var before = api.Handled("ListFeedEventsQuery");

        var first = await TitlesAsync("cached-once");
        var second = await TitlesAsync("cached-once");

        Assert.Equal(["Cached Seminar"], first);
        Assert.Equal(first, second);
        Assert.Equal(before + 1, api.Handled("ListFeedEventsQuery"));
    }

    [Fact]
    public async Task JsonFeed_AnswerFromTheOutputCache_SkipsAuthentication()
    {
        await PublishedAsync(EventBodies.Seminar("Served Before Authentication", tags: ["before-authentication"]));
        await TitlesAsync("before-authentication");
        var before = api.Authentications;

        var titles = await TitlesAsync("before-authentication");

        Assert.Equal(["Served Before Authentication"], titles);
        Assert.Equal(before, api.Authentications);
    }

    [Fact]
    public async Task EventsList_AnswerFromTheOutputCache_StillGoesThroughAuthentication()
    {
        // The list shows drafts to staff: its cache must stay behind authentication.
        const string list = "/api/v1/events?limit=5&tag=list-behind-authentication";
        await PublishedAsync(EventBodies.Seminar("Listed Seminar", tags: ["list-behind-authentication"]));
        (await api.Anonymous().GetAsync(list)).EnsureSuccessStatusCode();
        var before = (Handled: api.Handled("ListEventsQuery"), Authenticated: api.Authentications);

        (await api.Anonymous().GetAsync(list)).EnsureSuccessStatusCode();

        Assert.Equal(before.Handled, api.Handled("ListEventsQuery"));
        Assert.Equal(before.Authenticated + 1, api.Authentications);
    }

    [Fact]
    public async Task JsonFeed_ChangeThroughTheApi_EvictsTheCachedFeed()
    {
        var id = await PublishedAsync(EventBodies.Seminar("Original Title", tags: ["evicted"]));
        Assert.Equal(["Original Title"], await TitlesAsync("evicted"));
        // A change that bypasses the API is not seen while the feed is cached...
        await api.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE events SET title = jsonb_set(title, '{{en}}', '\"Changed Behind The Cache\"') WHERE id = {Guid.Parse(id)}"));
        Assert.Equal(["Original Title"], await TitlesAsync("evicted"));

        // ...and a change through the API evicts it.
        var update = await api.As("editor").PutJsonAsync($"/api/v1/events/{id}", EventBodies.Seminar("Renamed Through The Api", tags: ["evicted"]));
        update.EnsureSuccessStatusCode();

        Assert.Equal(["Renamed Through The Api"], await TitlesAsync("evicted"));
    }
}
