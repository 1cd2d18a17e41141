using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// The newsletter's facts that the demo data holds in structured fields, read back through the API: who spoke
/// online and on what, what a pavilion takes, the Chinese the newsletter prints, and the nulls it leaves.
/// </summary>
public sealed class SeedNewsletterFactsTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private async Task<JsonObject> GetAsync(string url) =>
        await (await api.Anonymous().GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK);

    private Task<JsonObject> EventAsync(string slug) => GetAsync($"/api/v1/events/by-slug/{slug}");

    private static JsonNode Speaker(JsonObject e, string name) =>
        e["speakers"]!.AsArray().Single(s => s!["name"]!["en"]!.GetValue<string>() == name)!;

    private static string? En(JsonNode? text) => text?["en"]?.GetValue<string>();

    private static string? Zh(JsonNode? text) => text?["zh-Hant"]?.GetValue<string>();

    [Fact]
    public async Task The_Hi_Tech_Fair_pavilion_takes_exhibitor_applications_until_25_August()
    {
        var pavilion = await EventAsync("hong-kong-smart-city-pavilion-china-hi-tech-fair-2023");
        var registration = pavilion["registration"]!;

        Assert.Equal("internal", registration["mode"]!.GetValue<string>());
        Assert.Equal(["exhibitor"], registration["kinds"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.True(registration["isFree"]!.GetValue<bool>());
        Assert.StartsWith("2023-08-25T", registration["closesAt"]!.GetValue<string>(), StringComparison.Ordinal);
        // The newsletter gives no number of booths.
        Assert.Null(registration["exhibitorBooths"]);
    }

    [Fact]
    public async Task At_the_Sichuan_forum_the_Chief_Executive_and_the_Under_Secretary_spoke_online_and_Gary_Yeung_on_Digital_Transformation()
    {
        var forum = await EventAsync("sichuan-hong-kong-innovation-forum-2023-08-01");

        Assert.True(Speaker(forum, "John Lee")["remote"]!.GetValue<bool>());
        Assert.True(Speaker(forum, "Lillian Cheong")["remote"]!.GetValue<bool>());
        var gary = Speaker(forum, "Gary Yeung");
        Assert.False(gary["remote"]!.GetValue<bool>());
        Assert.Equal("Digital Transformation", En(gary["topic"]));
        // 前任行政長官林鄭月娥親身出席: a guest, in the room, a person of the directory.
        var carrieLam = Speaker(forum, "Carrie Lam");
        Assert.Equal(("guest", false, "林鄭月娥", "前任行政長官"),
            (carrieLam["role"]!.GetValue<string>(), carrieLam["remote"]!.GetValue<bool>(), Zh(carrieLam["name"]), Zh(carrieLam["title"])));
        Assert.All(forum["speakers"]!.AsArray(), s => Assert.NotNull(s!["personId"]));
    }

    [Fact]
    public async Task Gary_Yeung_delivered_remarks_online_at_the_World_AI_Conference()
    {
        var forum = await EventAsync("world-ai-conference-forum-shanghai-2023-07-08");

        var gary = Assert.Single(forum["speakers"]!.AsArray())!;
        Assert.True(gary["remote"]!.GetValue<bool>());
        Assert.Equal("Asia/Shanghai", forum["timeZone"]!.GetValue<string>());
        // The newsletter does not name his talk.
        Assert.Null(gary["topic"]);
    }

    [Fact]
    public async Task At_BUSINESS_GOVirtual_Emil_Chan_spoke_on_FinTech_on_13_July_and_Daniel_Chun_on_Smart_City_on_14_July_as_sessions_of_a_day()
    {
        var expo = await EventAsync("business-govirtual-expo-and-conference-2023");

        var sessions = expo["sessions"]!.AsArray();
        Assert.Equal(
            [("2023-07-13", "FinTech", "金融科技", "Emil Chan", "SCC FinTech Committee Chairman"), ("2023-07-14", "Smart City", "智慧城市", "Daniel Chun", "SCC Vice President")],
            sessions.Select(s => (s!["date"]!.GetValue<string>(), En(s["title"])!, Zh(s["title"])!,
                En(Assert.Single(s["speakers"]!.AsArray())!["name"])!, En(s["speakers"]![0]!["title"])!)));
        // No clock times are printed, and each speaker is a person of the directory.
        Assert.All(sessions, s => Assert.Null(s!["startsAt"]));
        Assert.All(sessions, s => Assert.NotNull(s!["speakers"]![0]!["personId"]));
        Assert.Empty(expo["speakers"]!.AsArray());
    }

    [Fact]
    public async Task The_Bangkok_delegations_three_visits_are_itinerary_stops_dated_only_by_the_visit()
    {
        var delegation = await GetAsync("/api/v1/delegations/by-slug/hk-smart-city-delegation-bangkok-2023");
        var kmitl = (await GetAsync("/api/v1/organisations?q=KMITL"))["items"]!.AsArray().Single(o => o!["acronym"]?.GetValue<string>() == "KMITL")!;

        var stops = delegation["itinerary"]!.AsArray();
        Assert.Equal(["Thailand Digital Valley", "Digital interactive centre", "Railway and supporting facilities planning"], stops.Select(s => En(s!["place"])!));
        Assert.Equal(["泰國數字科技及創新園區", "「數字互動中心」", "鐵路及有關配套規劃"], stops.Select(s => Zh(s!["place"])!));
        Assert.All(stops, s => Assert.Null(s!["date"]));
        Assert.Equal(kmitl["id"]!.GetValue<string>(), stops[1]!["hostOrganisationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Times_of_day_the_newsletter_states_only_in_words_are_kept_as_the_schedules_note()
    {
        var presentationDay = await EventAsync("geo-steam-2023-presentation-day-2023-09-02");
        var csdi = await EventAsync("csdi-awards-2023-presentation-day-and-awards-ceremony");

        Assert.Equal(("allDay", "2 September morning"), (presentationDay["schedule"]!["kind"]!.GetValue<string>(), En(presentationDay["schedule"]!["note"])));
        Assert.Equal("7月最後一個週末週日", Zh(csdi["schedule"]!["note"]));
        Assert.Contains("30 July", En(csdi["schedule"]!["note"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_titles_are_there_where_the_newsletter_prints_them_and_absent_where_it_prints_none()
    {
        Assert.Equal("「大數據與機器學習現成工具及算法的使用」講堂", Zh((await EventAsync("data-analytics-training-2023-08-25"))["title"]));
        Assert.Equal("「讓空間數據說話:識別熱島效應」工作坊", Zh((await EventAsync("geolab-urban-heat-island-workshop-2023-07-22"))["title"]));
        // The trainings of May and June and the Geo-STEAM workshop are told in English only.
        Assert.Null(Zh((await EventAsync("data-analytics-training-2023-05-17"))["title"]));
        Assert.Null(Zh((await EventAsync("geo-steam-2023-gis-workshop-2023-08-21"))["title"]));

        var delegation = await GetAsync("/api/v1/delegations/by-slug/hk-smart-city-delegation-bangkok-2023");
        Assert.Equal("香港智慧城市代表團訪問曼谷", Zh(delegation["title"]));
        Assert.Contains(delegation["highlights"]!.AsArray(), h => (Zh(h) ?? "").Contains("楊文銳率領", StringComparison.Ordinal));
        var depa = await GetAsync($"/api/v1/organisations/{Application.Common.DemoDataIds.Depa}");
        Assert.Equal(("由泰國政府安排成立促進泰國數字經濟和智慧城市發展的機構。", null), (Zh(depa["description"]), En(depa["description"])));
    }

    [Fact]
    public async Task The_MoU_leaves_what_the_newsletter_does_not_say_empty()
    {
        var mou = await GetAsync("/api/v1/mous/by-slug/depa-scc-mou-2023");

        Assert.Equal("2023-07-13", mou["signedOn"]!.GetValue<string>());
        Assert.Null(mou["effectiveFrom"]);
        Assert.Null(mou["expiresOn"]);
        Assert.Null(mou["signedAtEventId"]);
        Assert.Equal("active", mou["status"]!.GetValue<string>());
    }
}
