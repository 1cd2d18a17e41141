using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ical.Net;
using Microsoft.AspNetCore.Hosting;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// The calendar feed as calendar apps read it, parsed by Ical.Net and by ical.js (tools/ical): how often to refresh,
/// UIDs in the configured domain, a SEQUENCE that rises when an event is re-timed, moved or cancelled, and ended events
/// kept for the configured window.
/// </summary>
public sealed class CalendarFeedTests(CalendarFeedTests.CalendarApiFactory api) : IClassFixture<CalendarFeedTests.CalendarApiFactory>
{
    private const string Feed = "/api/v1/feeds/events.ics";
    private const string UidDomain = "events.example.org";

    /// <summary>The API with calendar settings other than the defaults, so that the test sees them used.</summary>
    public sealed class CalendarApiFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Calendar:UidDomain", UidDomain);
            builder.UseSetting("Calendar:RefreshInterval", "02:30:00");
            builder.UseSetting("Calendar:KeepEndedFor", "30.00:00:00");
        }
    }

    private async Task<string> PublishedAsync(JsonObject body)
    {
        var editor = api.As("editor");
        var id = (await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<string> CalendarAsync(string query)
    {
        var response = await api.Anonymous().GetAsync($"{Feed}?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The calendar as ical.js reads it (tools/ical/parse.mjs).</summary>
    private static async Task<JsonElement> IcalJsAsync(string calendar)
    {
        var tools = Path.Combine(Artifacts.RepositoryRoot(), "tools", "ical");
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "ical.js")))
            Assert.Fail("tools/ical/node_modules is missing: run the tests with ./scripts/test.sh, which installs ical.js (npm ci) first.");
        var file = Path.Combine(Path.GetTempPath(), $"scc-calendar-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(file, calendar);
        try
        {
            var outcome = await ExternalCommand.RunAsync("node", ["parse.mjs", file], tools);
            Assert.True(outcome.ExitCode == 0, outcome.Tail());
            return JsonDocument.Parse(outcome.Output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Feed_TellsCalendarAppsHowOftenToRefreshAndNamesItselfInTheChosenLanguage()
    {
        await PublishedAsync(EventBodies.Seminar("Refresh Seminar", tags: ["refresh-one"]));

        var english = await CalendarAsync("tag=refresh-one&lang=en");
        var chinese = await CalendarAsync("tag=refresh-one&lang=zh-Hant");

        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT2H30M\r\n", english, StringComparison.Ordinal);
        Assert.Contains("X-PUBLISHED-TTL:PT2H30M\r\n", english, StringComparison.Ordinal);
        var parsed = Calendar.Load(chinese)!;
        Assert.Equal("智慧城市聯盟活動", parsed.Properties["X-WR-CALNAME"]!.Value);
        var byIcalJs = await IcalJsAsync(chinese);
        Assert.Equal("智慧城市聯盟活動", byIcalJs.GetProperty("calendarName").GetString());
        Assert.Equal("智慧城市聯盟活動", byIcalJs.GetProperty("name").GetString());
        Assert.Equal("PT2H30M", byIcalJs.GetProperty("refreshInterval").GetString());
        Assert.Equal("duration", byIcalJs.GetProperty("refreshIntervalType").GetString());
        Assert.Equal("Smart City Consortium events", (await IcalJsAsync(english)).GetProperty("calendarName").GetString());
    }

    [Fact]
    public async Task Feed_ReTimedMovedAndCancelledEvent_ShowsARisingSequenceUnderTheSameUid()
    {
        var body = EventBodies.Seminar("Sequence Seminar", daysFromNow: 20, tags: ["sequence-one"]);
        var id = await PublishedAsync(body);
        var editor = api.As("editor");

        async Task<(int IcalNet, int IcalJs, string Uid)> SequenceAsync()
        {
            var calendar = await CalendarAsync("tag=sequence-one");
            var byIcalNet = Calendar.Load(calendar)!.Events.Single();
            var byIcalJs = (await IcalJsAsync(calendar)).GetProperty("events").EnumerateArray().Single();
            Assert.Equal(byIcalNet.Uid, byIcalJs.GetProperty("uid").GetString());
            return (byIcalNet.Sequence, byIcalJs.GetProperty("sequence").GetInt32(), byIcalNet.Uid!);
        }

        var published = await SequenceAsync();
        Assert.Equal((0, 0, $"{id}@{UidDomain}"), published);

        var retimed = EventBodies.Seminar("Sequence Seminar", daysFromNow: 21, tags: ["sequence-one"]);
        (await editor.PutJsonAsync($"/api/v1/events/{id}", retimed)).EnsureSuccessStatusCode();
        Assert.Equal((1, 1, published.Uid), await SequenceAsync());

        // A change of the summary alone changes nothing a calendar plans around.
        retimed["summary"] = new JsonObject { ["en"] = "Now with a summary." };
        (await editor.PutJsonAsync($"/api/v1/events/{id}", retimed)).EnsureSuccessStatusCode();
        Assert.Equal((1, 1, published.Uid), await SequenceAsync());

        retimed["venue"]!["name"] = new JsonObject { ["en"] = "Cyberport" };
        (await editor.PutJsonAsync($"/api/v1/events/{id}", retimed)).EnsureSuccessStatusCode();
        Assert.Equal((2, 2, published.Uid), await SequenceAsync());

        (await editor.PostAsync($"/api/v1/events/{id}/cancel", null)).EnsureSuccessStatusCode();
        var cancelled = await SequenceAsync();
        Assert.Equal((3, 3, published.Uid), cancelled);
        var status = (await IcalJsAsync(await CalendarAsync("tag=sequence-one"))).GetProperty("events").EnumerateArray().Single().GetProperty("status").GetString();
        Assert.Equal("CANCELLED", status);
    }

    [Fact]
    public async Task Feed_KeepsEventsThatEndedWithinTheWindow_WhileTheJsonFeedDropsThem()
    {
        var yesterday = await PublishedAsync(EventBodies.Seminar("Ended Yesterday", daysFromNow: -1, tags: ["ended-window"]));
        var longAgo = await PublishedAsync(EventBodies.Seminar("Ended Long Ago", daysFromNow: -31, tags: ["ended-window"]));
        var coming = await PublishedAsync(EventBodies.Seminar("Still To Come", daysFromNow: 5, tags: ["ended-window"]));

        var calendar = await CalendarAsync("tag=ended-window");
        var json = await (await api.Anonymous().GetAsync("/api/v1/feeds/events?tag=ended-window")).AssertJsonAsync(HttpStatusCode.OK);

        var uids = Calendar.Load(calendar)!.Events.Select(e => e.Uid).ToHashSet();
        Assert.Equal(new[] { $"{yesterday}@{UidDomain}", $"{coming}@{UidDomain}" }.Order(), uids.Order());
        var byIcalJs = (await IcalJsAsync(calendar)).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("uid").GetString()).ToHashSet();
        Assert.Equal(uids, byIcalJs);
        Assert.DoesNotContain($"{longAgo}@{UidDomain}", uids);
        Assert.Equal([coming], json["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        // Asked for past events, the calendar shows them all, as the other feeds do.
        var past = Calendar.Load(await CalendarAsync("tag=ended-window&when=past"))!.Events.Select(e => e.Uid).ToHashSet();
        Assert.Equal(new[] { $"{longAgo}@{UidDomain}", $"{yesterday}@{UidDomain}" }.Order(), past.Order());
    }

    [Fact]
    public async Task EventFile_IsForImportingOnce_WithTheSameUidAndSequence()
    {
        var id = await PublishedAsync(EventBodies.Seminar("Import Seminar", tags: ["import-one"]));

        var file = await api.Anonymous().GetStringAsync($"/api/v1/events/{id}.ics");

        Assert.DoesNotContain("REFRESH-INTERVAL", file, StringComparison.Ordinal);
        Assert.DoesNotContain("X-PUBLISHED-TTL", file, StringComparison.Ordinal);
        var evt = Calendar.Load(file)!.Events.Single();
        Assert.Equal($"{id}@{UidDomain}", evt.Uid);
        Assert.Equal(0, evt.Sequence);
    }
}
