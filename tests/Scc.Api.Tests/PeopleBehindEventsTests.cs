using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;
using Scc.Application.Common;

namespace Scc.Api.Tests;

/// <summary>
/// Speakers are people of the directory: resolved with the title held on the event's day, listed on the person's
/// timeline, and keeping the person from being deleted. On the newsletter's demo data and on data made here.
/// </summary>
public sealed class PeopleBehindEventsTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private async Task<JsonObject> EventAsync(string slug) =>
        await (await api.Anonymous().GetAsync($"/api/v1/events/by-slug/{slug}")).AssertJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Gary_Yeungs_timeline_lists_the_mou_he_signed_the_delegation_he_led_and_his_talks_newest_first()
    {
        var page = await (await api.Anonymous().GetAsync($"/api/v1/people/{DemoDataIds.GaryYeung}/timeline")).AssertJsonAsync(HttpStatusCode.OK);
        var entries = page["items"]!.AsArray().Select(e => (Kind: e!["kind"]!.GetValue<string>(), Slug: e["slug"]!.GetValue<string>(),
            Roles: e["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToList(), Date: e["date"]?.GetValue<string>())).ToList();

        Assert.Contains(entries, e => e is { Kind: "mou", Slug: "depa-scc-mou-2023" } && e.Roles.SequenceEqual(["signatory"]));
        Assert.Contains(entries, e => e is { Kind: "delegation", Slug: "hk-smart-city-delegation-bangkok-2023" } && e.Roles.SequenceEqual(["leader"]));
        Assert.Contains(entries, e => e is { Kind: "event", Slug: "sichuan-hong-kong-innovation-forum-2023-08-01" } && e.Roles.SequenceEqual(["speaker"]));
        Assert.Contains(entries, e => e is { Kind: "event", Slug: "csdi-awards-2023-presentation-day-and-awards-ceremony" } && e.Roles.SequenceEqual(["officiatingGuest"]));
        Assert.Equal(5, entries.Count(e => e.Kind == "event"));
        var dates = entries.Select(e => e.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Null(page["nextCursor"]);
        await (await api.Anonymous().GetAsync($"/api/v1/people/{Guid.NewGuid()}/timeline")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_seeded_events_speakers_resolve_to_people_with_the_title_printed_for_the_event()
    {
        var forum = await EventAsync("sichuan-hong-kong-innovation-forum-2023-08-01");
        var speakers = forum["speakers"]!.AsArray();
        Assert.All(speakers, s => Assert.NotNull(s!["personId"]));
        var gary = speakers.Single(s => s!["personId"]!.GetValue<string>() == DemoDataIds.GaryYeung.ToString())!;
        Assert.Equal(("Gary Yeung", "楊文銳", "Mr"), (gary["name"]!["en"]!.GetValue<string>(), gary["name"]!["zh-Hant"]?.GetValue<string>(), gary["honorific"]!.GetValue<string>()));
        Assert.Equal("speaker", gary["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_2023_judging_role_is_the_title_on_a_2023_day_and_not_today()
    {
        var awards = await EventAsync("intelligent-innovative-sme-business-awards-2023-ceremony");
        var judge = Assert.Single(awards["speakers"]!.AsArray())!;
        var personId = judge["personId"]!.GetValue<string>();

        var then = await (await api.Anonymous().GetAsync($"/api/v1/people/{personId}?on=2023-06-14")).AssertJsonAsync(HttpStatusCode.OK);
        var today = await (await api.Anonymous().GetAsync($"/api/v1/people/{personId}?on={DateTime.UtcNow:yyyy-MM-dd}")).AssertJsonAsync(HttpStatusCode.OK);
        static List<string> Titles(JsonObject person) => [.. person["titlesOn"]!.AsArray().Select(t => t!["title"]!["en"]!.GetValue<string>())];

        Assert.Contains("Head of Judge, Intelligent and Innovative SME Business Awards 2023", Titles(then));
        Assert.DoesNotContain(Titles(today), t => t.Contains("Judge", StringComparison.Ordinal));
        Assert.Contains("Founder and Honorary President", Titles(today));
    }

    [Fact]
    public async Task A_speakers_title_comes_from_the_appointment_held_on_the_events_day_unless_the_event_prints_one()
    {
        var editor = api.As("editor");
        var person = new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = "Chan Tai Man", ["zh-Hant"] = "陳大文" },
            ["honorific"] = "Ir",
            ["appointments"] = new JsonArray(
                new JsonObject { ["title"] = new JsonObject { ["en"] = "Chairman, Smart Mobility Committee" }, ["from"] = "2020-01-01", ["to"] = "2023-12-31" },
                new JsonObject { ["title"] = new JsonObject { ["en"] = "Vice President" }, ["from"] = "2024-01-01" }),
        };
        var personId = (await (await editor.PostJsonAsync("/api/v1/people", person)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

        async Task<JsonObject> EventOnAsync(string title, int daysFromNow, JsonObject speaker)
        {
            var body = EventBodies.Seminar(title, daysFromNow: daysFromNow);
            body["speakers"] = new JsonArray(speaker, new JsonObject { ["name"] = new JsonObject { ["en"] = "A Guest" }, ["role"] = "guest", ["remote"] = true });
            return await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created);
        }

        var past = await EventOnAsync("Mobility Talk Of Old", -(DateTime.UtcNow - new DateTime(2023, 6, 1)).Days,
            new JsonObject { ["personId"] = personId, ["role"] = "speaker", ["topic"] = new JsonObject { ["en"] = "Smart mobility" } });
        var upcoming = await EventOnAsync("Mobility Talk Ahead", 30, new JsonObject { ["personId"] = personId, ["role"] = "moderator" });
        var printed = await EventOnAsync("Mobility Talk Printed", 31,
            new JsonObject { ["personId"] = personId, ["role"] = "host", ["title"] = new JsonObject { ["en"] = "Convenor" }, ["honorific"] = "Dr" });

        static JsonNode First(JsonObject e) => e["speakers"]![0]!;
        Assert.Equal(("Chan Tai Man", "Ir", "Chairman, Smart Mobility Committee", "Smart mobility", false),
            (First(past)["name"]!["en"]!.GetValue<string>(), First(past)["honorific"]!.GetValue<string>(), First(past)["title"]!["en"]!.GetValue<string>(),
             First(past)["topic"]!["en"]!.GetValue<string>(), First(past)["remote"]!.GetValue<bool>()));
        Assert.Equal("Vice President", First(upcoming)["title"]!["en"]!.GetValue<string>());
        Assert.Equal(("Convenor", "Dr"), (First(printed)["title"]!["en"]!.GetValue<string>(), First(printed)["honorific"]!.GetValue<string>()));
        var guest = past["speakers"]![1]!;
        Assert.Equal(("A Guest", true, (string?)null), (guest["name"]!["en"]!.GetValue<string>(), guest["remote"]!.GetValue<bool>(), guest["personId"]?.GetValue<string>()));

        // A person named by an event stays until the event lets them go; drafts are on the timeline only for staff.
        await (await api.As("admin").DeleteAsync($"/api/v1/people/{personId}")).AssertProblemAsync(HttpStatusCode.Conflict, "person_in_use");
        var publicTimeline = await (await api.Anonymous().GetAsync($"/api/v1/people/{personId}/timeline")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Empty(publicTimeline["items"]!.AsArray());
        var staffTimeline = await (await editor.GetAsync($"/api/v1/people/{personId}/timeline")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["host", "moderator", "speaker"], staffTimeline["items"]!.AsArray().Select(e => e!["roles"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_speaker_is_a_known_person_or_a_named_guest()
    {
        var editor = api.As("editor");
        var unknown = EventBodies.Seminar("Unknown Speaker Talk");
        unknown["speakers"] = new JsonArray(new JsonObject { ["personId"] = Guid.NewGuid().ToString(), ["role"] = "speaker" });
        var problem = await (await editor.PostJsonAsync("/api/v1/events", unknown)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("speakers[0].personId", problem.ErrorKeys());

        var nobody = EventBodies.Seminar("Nameless Speaker Talk");
        nobody["speakers"] = new JsonArray(new JsonObject { ["role"] = "speaker" });
        problem = await (await editor.PostJsonAsync("/api/v1/events", nobody)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(problem.ErrorKeys(), k => k.StartsWith("speakers[0]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_consortiums_about_text_is_its_description()
    {
        var scc = await (await api.Anonymous().GetAsync($"/api/v1/organisations/{DemoDataIds.Scc}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.StartsWith("Smart City Consortium (SCC) is formed by a group of professionals", scc["description"]!["en"]!.GetValue<string>(), StringComparison.Ordinal);
        // The newsletter prints the text in English only.
        Assert.Null(scc["description"]!["zh-Hant"]);
    }
}
