using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using Scc.Api.Tests.Support;
using Scc.Application.Search.SearchAll;
using Scc.Infrastructure.Persistence.Search;

namespace Scc.Api.Tests;

/// <summary>
/// <c>GET /api/v1/search</c> over every public kind: ranking, snippets, the type filter, drafts left out, and short
/// Chinese queries answered from the pieces index (ADR 22). Each test searches for words of its own.
/// </summary>
public sealed class SearchTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Search = "/api/v1/search";

    private async Task<List<JsonNode>> HitsAsync(string q, string? extra = null)
    {
        var page = await (await api.Anonymous().GetAsync($"{Search}?q={Uri.EscapeDataString(q)}&limit=100{extra}")).AssertJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(i => i!).ToList();
    }

    private static string Kind(JsonNode hit) => hit["kind"]!.GetValue<string>();

    private static string Slug(JsonNode hit) => hit["slug"]!.GetValue<string>();

    private async Task<JsonObject> PostAsync(string path, JsonObject body) =>
        await (await api.As("editor").PostJsonAsync(path, body)).AssertJsonAsync(HttpStatusCode.Created);

    private Task<JsonObject> ProgrammeAsync(string name, string? description = null, string? nameZh = null) =>
        PostAsync("/api/v1/programmes", new JsonObject
        {
            ["name"] = new JsonObject { ["en"] = name, ["zh-Hant"] = nameZh },
            ["description"] = description is null ? null : new JsonObject { ["en"] = description },
        });

    private async Task<JsonObject> PublishedEventAsync(string title, string? titleZh = null, string? summary = null, bool publish = true)
    {
        var body = EventBodies.Seminar(title);
        if (titleZh is not null) body["title"]!["zh-Hant"] = titleZh;
        if (summary is not null) body["summary"] = new JsonObject { ["en"] = summary };
        var created = await PostAsync("/api/v1/events", body);
        if (publish) (await api.As("editor").PostAsync($"/api/v1/events/{created["id"]}/publish", null)).EnsureSuccessStatusCode();
        return created;
    }

    [Fact]
    public async Task Search_FindsAPartnershipByItsPartnersNameAndNotes_WithoutItsContact()
    {
        var partner = await api.AddOrganisationAsync("Quillfeather Alliance", "QFA");
        var partnership = await PostAsync("/api/v1/partnerships", new JsonObject
        {
            ["organisationId"] = partner.ToString(),
            ["sccRole"] = "supportingOrganisation",
            ["scope"] = new JsonObject { ["kind"] = "period" },
            ["startDate"] = "2024-01-01",
            ["notes"] = new JsonObject { ["en"] = "Joint roadshow on zinnia sensors", ["zh-Hant"] = "聯合巡迴展" },
            ["contact"] = new JsonObject { ["name"] = new JsonObject { ["en"] = "Ms Hollyhock Liaison" }, ["email"] = "hollyhock@partner.example" },
        });

        var byName = await HitsAsync("Quillfeather", "&type=partnership");
        var byNotes = await HitsAsync("zinnia sensors");
        var byContact = await HitsAsync("Hollyhock");

        var hit = Assert.Single(byName);
        Assert.Equal(partnership["id"]!.GetValue<string>(), hit["id"]!.GetValue<string>());
        Assert.Equal("Quillfeather Alliance (QFA)", hit["title"]!["en"]!.GetValue<string>());
        Assert.Equal($"/api/v1/partnerships/{partnership["id"]}", hit["url"]!.GetValue<string>());
        var noted = Assert.Single(byNotes);
        Assert.Equal("partnership", Kind(noted));
        Assert.Equal("Joint roadshow on zinnia sensors", noted["snippet"]!["text"]!.GetValue<string>());
        // The contact is personal data: never searched, never shown.
        Assert.Empty(byContact);
        Assert.DoesNotContain("Hollyhock", string.Join(" ", byName.Concat(byNotes).Select(h => h.ToJsonString())), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_FindsAProgrammeBySlugNameOrDescription()
    {
        var programme = await ProgrammeAsync("Periwinkle GeoLab", "Open maps for periwinkle planners.", "長春花地理實驗室");

        var hits = await HitsAsync("periwinkle");
        var chinese = await HitsAsync("長春花");

        var hit = Assert.Single(hits);
        Assert.Equal("programme", Kind(hit));
        Assert.Equal(programme["slug"]!.GetValue<string>(), Slug(hit));
        Assert.Equal($"/api/v1/programmes/{programme["id"]}", hit["url"]!.GetValue<string>());
        Assert.Equal("programme", Kind(Assert.Single(chinese)));
    }

    [Fact]
    public async Task Search_FindsSeriesFundingProgrammesAndPublishedDigests_ButNoDraftDigestOrEvent()
    {
        await PostAsync("/api/v1/event-series", new JsonObject { ["title"] = new JsonObject { ["en"] = "Tamarack Data Trainings" } });
        await PostAsync("/api/v1/funding-programmes", new JsonObject
        {
            ["acronym"] = "TMF", ["name"] = new JsonObject { ["en"] = "Tamarack Fund" }, ["disclaimer"] = new JsonObject { ["en"] = "Funded by the Tamarack Fund." },
        });
        var published = await PostAsync("/api/v1/digests", new JsonObject
        {
            ["slug"] = "tamarack-digest-published", ["from"] = "2023-05-01", ["to"] = "2023-05-31", ["asOf"] = "2023-05-15",
            ["title"] = new JsonObject { ["en"] = "Tamarack Newsletter" },
        });
        (await api.As("editor").PostAsync($"/api/v1/digests/{published["id"]}/publish", null)).EnsureSuccessStatusCode();
        await PostAsync("/api/v1/digests", new JsonObject
        {
            ["slug"] = "tamarack-digest-draft", ["from"] = "2023-06-01", ["to"] = "2023-06-30", ["asOf"] = "2023-06-15",
            ["title"] = new JsonObject { ["en"] = "Tamarack Draft Newsletter" },
        });
        await PublishedEventAsync("Tamarack Draft Seminar", publish: false);

        var hits = await HitsAsync("tamarack");

        Assert.Equal(["digest", "fundingProgramme", "series"], hits.Select(Kind).Order(StringComparer.Ordinal).ToList());
        Assert.Equal("tamarack-digest-published", Slug(hits.Single(h => Kind(h) == "digest")));
        Assert.Equal("Tamarack Fund (TMF)", hits.Single(h => Kind(h) == "fundingProgramme")["title"]!["en"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_RanksExactThenPrefixThenOtherMatches_ByScore()
    {
        // Created in the reverse of the expected order, so that neither insertion order nor slugs explain the ranking.
        await ProgrammeAsync("Marigld Lab Programme");
        await ProgrammeAsync("The Marigold Lab Network");
        await ProgrammeAsync("Marigold Lab Extension");
        await ProgrammeAsync("Marigold Lab");

        var hits = await HitsAsync("marigold lab");

        Assert.Equal(["Marigold Lab", "Marigold Lab Extension", "The Marigold Lab Network", "Marigld Lab Programme"],
            hits.Select(h => h["title"]!["en"]!.GetValue<string>()).ToList());
        Assert.Equal([3, 2, 1, 1], hits.Select(h => h["rank"]!.GetValue<int>()).ToList());
        Assert.True(hits[2]["score"]!.GetValue<double>() > hits[3]["score"]!.GetValue<double>());
        // The near match has no verbatim occurrence of the query, but one of its words.
        Assert.Equal("Marigld Lab Programme", hits[3]["snippet"]!["text"]!.GetValue<string>());
        Assert.Equal([(8, 3)], Ranges(hits[3]));
    }

    [Fact]
    public async Task Search_Snippet_CutsAroundTheMatchAndMarksIt_InEnglishAndChinese()
    {
        var filler = string.Concat(Enumerable.Repeat("Practitioners share what works across the region. ", 6));
        await PublishedEventAsync("Harbour Forum", "海港論壇智能燈柱峰會", filler + "The Oleander Protocol is discussed. " + filler);

        var english = Assert.Single(await HitsAsync("oleander protocol"));
        var chinese = Assert.Single(await HitsAsync("智能燈柱峰", "&type=event"));

        var snippet = english["snippet"]!;
        var text = snippet["text"]!.GetValue<string>();
        Assert.Equal("en", snippet["language"]!.GetValue<string>());
        Assert.StartsWith("…", text, StringComparison.Ordinal);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, 20, SearchSnippets.MaxLength + 2);
        var (start, length) = Assert.Single(Ranges(english));
        Assert.Equal("Oleander Protocol", text.Substring(start, length));

        var zh = chinese["snippet"]!;
        Assert.Equal("zh-Hant", zh["language"]!.GetValue<string>());
        Assert.Equal("海港論壇智能燈柱峰會", zh["text"]!.GetValue<string>());
        Assert.Equal([(4, 5)], Ranges(chinese));
    }

    [Fact]
    public async Task Search_TypeFilter_ReturnsOnlyTheKindsAsked()
    {
        await ProgrammeAsync("Saffron Works");
        await api.AddOrganisationAsync("Saffron Society");
        await PublishedEventAsync("Saffron Seminar");

        var all = await HitsAsync("saffron");
        var some = await HitsAsync("saffron", "&type=programme,organisation");

        Assert.Equal(["event", "organisation", "programme"], all.Select(Kind).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["organisation", "programme"], some.Select(Kind).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Search_PagesThroughTheRankedHitsWithTheCursor()
    {
        foreach (var name in new[] { "Juniper One", "Juniper Two", "Juniper Three" }) await ProgrammeAsync(name);

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await api.Anonymous().GetAsync($"{Search}?q=juniper&limit=2" + (cursor is null ? "" : "&cursor=" + cursor))).AssertJsonAsync(HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(i => Slug(i!)));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(3, seen.Count);
        Assert.Equal(seen, (await HitsAsync("juniper")).Select(Slug).ToList());
    }

    [Theory]
    [InlineData("孿生")]
    [InlineData("孿")]
    public async Task Search_ShortChineseQuery_IsAnsweredFromThePiecesIndex(string q)
    {
        await SeedManyEventsAsync();

        var plan = await ExplainAsync(q);
        var hits = await HitsAsync(q, "&type=event");

        var scans = Nodes(plan).Where(n => n["Relation Name"]?.GetValue<string>() == "events" || n["Index Name"] is not null).ToList();
        Assert.Contains(scans, n => n["Node Type"]!.GetValue<string>() == "Bitmap Index Scan" && n["Index Name"]!.GetValue<string>() == "ix_events_search_grams");
        Assert.DoesNotContain(scans, n => n["Node Type"]!.GetValue<string>() == "Seq Scan" && n["Relation Name"]?.GetValue<string>() == "events");
        Assert.Equal(ManyEventsMatching, hits.Count);
        Assert.All(hits, h => Assert.Contains("數碼孿生", h["title"]!["zh-Hant"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.All(hits, h => Assert.Equal(q, h["snippet"]!["text"]!.GetValue<string>().Substring(Ranges(h)[0].Start, Ranges(h)[0].Length)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=%20%20")]
    [InlineData("q=a%00b")]
    [InlineData("q=x&type=concert")]
    [InlineData("q=x&cursor=zzz")]
    [InlineData("q=x&cursor=bzoxMDAwMQ")]   // "o:10001": deeper than any page the search gives out
    [InlineData("q=x&limit=0")]
    public async Task Search_WithBadInput_Returns400Problem(string query)
    {
        await (await api.Anonymous().GetAsync($"{Search}?{query}")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Search_WithAnOverLongQuery_Returns400Problem()
    {
        var q = new string('x', SearchValidator.MaxLength + 1);

        var problem = await (await api.Anonymous().GetAsync($"{Search}?q={q}")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.NotNull(problem["errors"]!["q"]);
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"{Search}?q={q[1..]}")).StatusCode);
    }

    private static List<(int Start, int Length)> Ranges(JsonNode hit) =>
        hit["snippet"]!["highlights"]!.AsArray().Select(r => (r!["start"]!.GetValue<int>(), r["length"]!.GetValue<int>())).ToList();

    // Enough events that reading the table costs more than the index, so that the planner picks the index by itself.
    private const int ManyEvents = 6000;

    private const int ManyEventsMatching = 12;

    /// <summary>
    /// Copies one published event <see cref="ManyEvents"/> times, <see cref="ManyEventsMatching"/> of them titled 數碼孿生,
    /// and analyses the table; once per class (its tests run one at a time).
    /// </summary>
    private async Task SeedManyEventsAsync()
    {
        if (await CountAsync("SELECT count(*) FROM events WHERE slug LIKE 'bulk-%'") > 0) return;
        var template = await PublishedEventAsync("Bulk Template", "智慧城市研討會");
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var read = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_name = 'events' AND is_generated = 'NEVER' ORDER BY ordinal_position", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        }
        var values = columns.Select(c => c switch
        {
            "id" => "gen_random_uuid()",
            "slug" => "'bulk-' || n",
            "title" => $"jsonb_build_object('en', 'Bulk seminar ' || n, 'zh-Hant', CASE WHEN n % {ManyEvents / ManyEventsMatching} = 0 THEN '數碼孿生研討會 ' ELSE '智慧城市研討會 ' END || n)",
            _ => c,
        });
        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO events ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} FROM events, generate_series(1, {ManyEvents}) AS n WHERE events.id = @id; ANALYZE events;",
            connection))
        {
            insert.Parameters.AddWithValue("id", Guid.Parse(template["id"]!.GetValue<string>()));
            await insert.ExecuteNonQueryAsync();
        }
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The plan of the very statement the API runs for <paramref name="q"/> over every kind, as EXPLAIN (ANALYZE) gives it.</summary>
    private async Task<JsonNode> ExplainAsync(string q)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + SearchSql.For(Enum.GetValues<SearchHitKind>(), SearchSql.IsShort(q)), connection);
        command.Parameters.AddRange(SearchSql.Parameters(q, 0, 21));
        var json = (string)(await command.ExecuteScalarAsync())!;
        return JsonNode.Parse(json)![0]!["Plan"]!;
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode plan) =>
        new[] { plan }.Concat(plan["Plans"]?.AsArray().SelectMany(p => Nodes(p!)) ?? []);
}
