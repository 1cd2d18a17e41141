using System.Net;
using System.Text.Json.Nodes;
using Ical.Net;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>An event's agenda: sessions in the event's time zone with speakers as people, in the JSON, the event's calendar and the digest.</summary>
public sealed class AgendaTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static JsonObject TwoDayForum(string title, JsonArray sessions)
    {
        var body = EventBodies.Seminar(title);
        body["schedule"] = new JsonObject { ["kind"] = "allDay", ["startDate"] = "2027-03-10", ["endDate"] = "2027-03-11" };
        body["sessions"] = sessions;
        return body;
    }

    private static JsonObject Session(string startsAt, string endsAt, string title, JsonArray? speakers = null, string? room = null)
    {
        var session = new JsonObject
        {
            ["startsAt"] = startsAt, ["endsAt"] = endsAt, ["title"] = new JsonObject { ["en"] = title, ["zh-Hant"] = title + "（中文）" },
        };
        if (speakers is not null) session["speakers"] = speakers;
        if (room is not null) session["room"] = new JsonObject { ["en"] = room };
        return session;
    }

    [Fact]
    public async Task Sessions_are_kept_in_order_in_the_events_zone_with_speakers_as_people_and_shown_in_the_calendar_and_the_digest()
    {
        var editor = api.As("editor");
        var person = new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = "Lee Siu Ming", ["zh-Hant"] = "李小明" },
            ["appointments"] = new JsonArray(new JsonObject { ["title"] = new JsonObject { ["en"] = "Chief Digital Officer" }, ["from"] = "2026-01-01" }),
        };
        var personId = (await (await editor.PostJsonAsync("/api/v1/people", person)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

        var body = TwoDayForum("Agenda Forum", new JsonArray(
            // Written in UTC: kept as 09:30 Hong Kong time on the second day.
            Session("2027-03-11T01:30:00Z", "2027-03-11T02:30:00Z", "Workshop on open data", room: "Room 2"),
            Session("2027-03-10T09:00:00+08:00", "2027-03-10T10:00:00+08:00", "Opening keynote",
                new JsonArray(new JsonObject { ["personId"] = personId, ["topic"] = new JsonObject { ["en"] = "Data for all" } }), room: "Hall A")));
        var created = await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();

        var sessions = created["sessions"]!.AsArray();
        Assert.Equal(["Opening keynote", "Workshop on open data"], sessions.Select(s => s!["title"]!["en"]!.GetValue<string>()));
        Assert.Equal(("2027-03-10T09:00:00+08:00", "2027-03-11T09:30:00+08:00"),
            (sessions[0]!["startsAt"]!.GetValue<string>(), sessions[1]!["startsAt"]!.GetValue<string>()));
        var speaker = sessions[0]!["speakers"]![0]!;
        Assert.Equal(("Lee Siu Ming", "Chief Digital Officer", "Data for all", "speaker"),
            (speaker["name"]!["en"]!.GetValue<string>(), speaker["title"]!["en"]!.GetValue<string>(), speaker["topic"]!["en"]!.GetValue<string>(), speaker["role"]!.GetValue<string>()));

        // The person's timeline has the event, and the person cannot be deleted while the session names them.
        var timeline = await (await editor.GetAsync($"/api/v1/people/{personId}/timeline")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Contains(timeline["items"]!.AsArray(), e => e!["id"]!.GetValue<string>() == id);
        await (await api.As("admin").DeleteAsync($"/api/v1/people/{personId}")).AssertProblemAsync(HttpStatusCode.Conflict, "person_in_use");

        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        var calendar = Calendar.Load(await (await api.Anonymous().GetAsync($"/api/v1/events/{id}.ics")).Content.ReadAsStringAsync())!;
        var description = Assert.Single(calendar.Events)!.Description!;
        Assert.Contains("Agenda:\n2027-03-10\n09:00–10:00 Opening keynote (Hall A)\n2027-03-11\n09:30–10:30 Workshop on open data (Room 2)", description, StringComparison.Ordinal);

        var digest = await (await editor.GetAsync("/api/v1/digests/preview?from=2027-03-01&to=2027-03-31&asOf=2027-03-01")).AssertJsonAsync(HttpStatusCode.OK);
        var item = digest["upcoming"]!.AsArray().Single(i => i!["slug"]!.GetValue<string>() == created["slug"]!.GetValue<string>())!;
        var digestSessions = item["sessions"]!.AsArray();
        Assert.Equal(2, digestSessions.Count);
        Assert.Equal((personId, "Chief Digital Officer"),
            (digestSessions[0]!["people"]![0]!["personId"]!.GetValue<string>(), digestSessions[0]!["people"]![0]!["title"]!["en"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_session_outside_the_events_dates_or_ending_before_it_starts_or_with_an_unknown_speaker_is_refused()
    {
        var editor = api.As("editor");
        async Task<IReadOnlyList<string>> RefusedAsync(JsonObject session)
        {
            var problem = await (await editor.PostJsonAsync("/api/v1/events", TwoDayForum("Refused Agenda", new JsonArray(session))))
                .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            return problem.ErrorKeys();
        }

        Assert.Contains("sessions[0].startsAt", await RefusedAsync(Session("2027-03-12T09:00:00+08:00", "2027-03-12T10:00:00+08:00", "Too late")));
        Assert.Contains("sessions[0].endsAt", await RefusedAsync(Session("2027-03-10T10:00:00+08:00", "2027-03-10T09:00:00+08:00", "Backwards")));
        Assert.Contains("sessions[0].speakers[0].personId", await RefusedAsync(Session("2027-03-10T09:00:00+08:00", "2027-03-10T10:00:00+08:00", "Nobody",
            new JsonArray(new JsonObject { ["personId"] = Guid.NewGuid().ToString() }))));
        Assert.Contains("sessions[0].title", await RefusedAsync(new JsonObject { ["startsAt"] = "2027-03-10T09:00:00+08:00", ["endsAt"] = "2027-03-10T10:00:00+08:00" }));

        var title = new JsonObject { ["en"] = "Day session" };
        Assert.Contains("sessions[0].date", await RefusedAsync(new JsonObject { ["title"] = title.DeepClone() }));
        Assert.Contains("sessions[0].date", await RefusedAsync(new JsonObject { ["date"] = "2027-03-12", ["title"] = title.DeepClone() }));
        Assert.Contains("sessions[0].endsAt", await RefusedAsync(new JsonObject { ["date"] = "2027-03-10", ["startsAt"] = "2027-03-10T09:00:00+08:00", ["title"] = title.DeepClone() }));
        // 23:30 UTC on the 10th is the 11th in Hong Kong.
        Assert.Contains("sessions[0].date", await RefusedAsync(new JsonObject
        {
            ["date"] = "2027-03-10", ["startsAt"] = "2027-03-10T23:30:00Z", ["endsAt"] = "2027-03-11T00:30:00Z", ["title"] = title.DeepClone(),
        }));
    }

    [Fact]
    public async Task A_session_whose_times_are_not_known_has_its_day_alone_and_comes_before_the_timed_sessions_of_that_day()
    {
        var editor = api.As("editor");
        var body = TwoDayForum("Day Agenda Forum", new JsonArray(
            Session("2027-03-11T09:00:00+08:00", "2027-03-11T10:00:00+08:00", "Closing panel"),
            new JsonObject { ["date"] = "2027-03-11", ["title"] = new JsonObject { ["en"] = "FinTech", ["zh-Hant"] = "金融科技" } },
            new JsonObject { ["date"] = "2027-03-10", ["title"] = new JsonObject { ["en"] = "Smart City", ["zh-Hant"] = "智慧城市" } }));
        var tag = $"day-agenda-{Guid.NewGuid():N}"[..20];
        body["tags"] = new JsonArray(tag);
        var created = await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created);

        var sessions = created["sessions"]!.AsArray();
        Assert.Equal([("2027-03-10", "Smart City", true), ("2027-03-11", "FinTech", true), ("2027-03-11", "Closing panel", false)],
            sessions.Select(s => (s!["date"]!.GetValue<string>(), s["title"]!["en"]!.GetValue<string>(), s["startsAt"] is null)));

        var id = created["id"]!.GetValue<string>();
        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        var calendar = Calendar.Load(await (await api.Anonymous().GetAsync($"/api/v1/events/{id}.ics?lang=zh-Hant")).Content.ReadAsStringAsync())!;
        Assert.Contains("議程：\n2027-03-10\n智慧城市\n2027-03-11\n金融科技\n09:00–10:00 Closing panel（中文）",
            Assert.Single(calendar.Events)!.Description!, StringComparison.Ordinal);

        var feed = await (await api.Anonymous().GetAsync($"/api/v1/feeds/events?lang=en&tag={tag}")).AssertJsonAsync(HttpStatusCode.OK);
        var feedSessions = feed["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id)!["sessions"]!.AsArray();
        Assert.Equal([("2027-03-10", "Smart City"), ("2027-03-11", "FinTech"), ("2027-03-11", "Closing panel")],
            feedSessions.Select(s => (s!["date"]!.GetValue<string>(), s["title"]!.GetValue<string>())));
        Assert.Null(feedSessions[0]!["startsAt"]);
    }
}
