using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary><c>GET /api/v1/translations/missing</c>: the published texts that have one language and lack the other.</summary>
public sealed class TranslationReportTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private const string Report = "/api/v1/translations/missing";

    private static async Task<List<JsonObject>> AllPagesAsync(HttpClient client, string filters, int limit)
    {
        var items = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"{Report}?limit={limit}{filters}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}"))
                .AssertJsonAsync(HttpStatusCode.OK);
            items.AddRange(page["items"]!.AsArray().Select(i => i!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return items;
    }

    private static string Key(JsonObject item) => $"{item["type"]}/{item["slug"]}";

    private static IEnumerable<(string Field, string Missing)> Fields(JsonObject item) =>
        item["fields"]!.AsArray().Select(f => (f!["field"]!.GetValue<string>(), f["missing"]!.GetValue<string>()));

    [Fact]
    public async Task On_the_seed_the_report_names_each_text_the_newsletter_prints_in_one_language_only_and_pages_without_loss()
    {
        var editor = api.As("editor");
        var all = await AllPagesAsync(editor, "", 100);

        // Small pages give the same items in the same order.
        Assert.Equal(all.Select(Key), (await AllPagesAsync(editor, "", 7)).Select(Key));
        Assert.Equal(all.Count, all.Select(Key).Distinct().Count());

        // The newsletter prints no Chinese name for Winnie Tang, and SCC's "About" text in English only.
        Assert.Contains(("name", "zh-Hant"), Fields(all.Single(i => Key(i) == "person/winnie-tang")));
        Assert.Contains(("description", "zh-Hant"), Fields(all.Single(i => Key(i) == "organisation/scc")));
        // Nested texts are named by their place: the LegCo delegation's highlights are in English only.
        Assert.Contains(Fields(all.Single(i => Key(i) == "delegation/legco-members-visit-hefei-qingdao-2023")), f => f.Field == "highlights[0]");
        // A text present in both languages is no gap: the Bangkok seminar's title is printed in both.
        Assert.DoesNotContain(all, i => Key(i) == "event/hong-kong-smart-city-seminar-bangkok-2023-07-13" && Fields(i).Any(f => f.Field == "title"));

        var lackingChinese = await AllPagesAsync(editor, "&lang=zh-Hant", 100);
        Assert.All(lackingChinese.SelectMany(Fields), f => Assert.Equal("zh-Hant", f.Missing));
        Assert.Equal(all.SelectMany(Fields).Count(f => f.Missing == "zh-Hant"), lackingChinese.SelectMany(Fields).Count());
        var people = await AllPagesAsync(editor, "&type=person", 100);
        Assert.Equal(all.Where(i => i["type"]!.GetValue<string>() == "person").Select(Key), people.Select(Key));

        var byType = all.GroupBy(i => i["type"]!.GetValue<string>()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()} ({g.SelectMany(Fields).Count()} texts)");
        await Artifacts.WriteReportAsync("translation-gaps",
            $"Translation gaps in the seed: {all.Count} items, {all.SelectMany(Fields).Count()} texts " +
            $"({lackingChinese.SelectMany(Fields).Count()} lacking zh-Hant, {all.SelectMany(Fields).Count(f => f.Missing == "en")} lacking en); " +
            string.Join(", ", byType));
    }

    [Fact]
    public async Task A_draft_is_not_reported_and_once_published_its_nested_texts_are_named_with_the_language_they_lack()
    {
        var editor = api.As("editor");
        var body = EventBodies.Seminar("Untranslated Seminar");
        body["title"] = new JsonObject { ["en"] = "Untranslated Seminar" };
        body["venue"]!["name"] = new JsonObject { ["en"] = "H6 CONET", ["zh-Hant"] = "H6 CONET" };
        body["speakers"] = new JsonArray(new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = "Chan Tai Man", ["zh-Hant"] = "陳大文" }, ["title"] = new JsonObject { ["zh-Hant"] = "主席" },
        });
        var created = await (await editor.PostJsonAsync("/api/v1/events", body)).AssertJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();

        Assert.DoesNotContain(await AllPagesAsync(editor, "&type=event", 100), i => i["id"]!.GetValue<string>() == id);

        await (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        var item = (await AllPagesAsync(editor, "&type=event", 100)).Single(i => i["id"]!.GetValue<string>() == id);
        Assert.Equal([("title", "zh-Hant"), ("speakers[0].title", "en")], Fields(item));
        Assert.Equal(($"/api/v1/events/{id}", "Untranslated Seminar"), (item["url"]!.GetValue<string>(), item["title"]!["en"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_report_is_for_staff_and_a_bad_filter_or_cursor_is_named()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync(Report)).StatusCode);
        var editor = api.As("editor");
        Assert.Contains("type", (await (await editor.GetAsync($"{Report}?type=registration")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        Assert.Contains("lang", (await (await editor.GetAsync($"{Report}?lang=fr")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        Assert.Contains("cursor", (await (await editor.GetAsync($"{Report}?cursor=abc")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).ErrorKeys());
        var response = await editor.GetAsync(Report);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, response.Headers.CacheControl?.ToString());
    }
}
