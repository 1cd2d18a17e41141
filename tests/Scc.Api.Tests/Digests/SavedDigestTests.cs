using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Digests;

/// <summary>Editors save a digest for a period, arrange it, and publish it to a stable public address and the feed.</summary>
public sealed class SavedDigestTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private static JsonObject Period(string asOf = "2023-08-15") => new() { ["from"] = "2023-05-01", ["to"] = "2023-11-30", ["asOf"] = asOf };

    private async Task<(JsonObject Digest, string ETag)> CreateAsync(JsonObject body)
    {
        var response = await api.As("editor").PostJsonAsync("/api/v1/digests", body);
        var digest = await response.AssertJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/digests/{digest["id"]}", response.Headers.Location?.OriginalString);
        return (digest, response.Headers.ETag!.ToString());
    }

    private static string Slug(JsonNode item) => item["slug"]!.GetValue<string>();

    private static JsonObject Choice(JsonObject digest, string section, string slug, bool pinned = false, int? position = null, bool leftOut = false)
    {
        var item = digest[section]!.AsArray().First(i => Slug(i!) == slug)!;
        var choice = new JsonObject { ["kind"] = item["kind"]!.GetValue<string>(), ["id"] = item["id"]!.GetValue<string>(), ["pinned"] = pinned, ["leftOut"] = leftOut };
        if (position is not null) choice["position"] = position;
        return choice;
    }

    [Fact]
    public async Task CreateEditPublish_ArrangesItemsAndPublishesAtAStablePublicAddress()
    {
        var (draft, etag) = await CreateAsync(Period());
        Assert.Equal("draft", draft["status"]!.GetValue<string>());
        Assert.Equal("e-newsletter-2023-08-15", draft["slug"]!.GetValue<string>());
        Assert.Equal(18, draft["review"]!.AsArray().Count);
        var id = draft["id"]!.GetValue<string>();

        // Pin the MoU, leave out the fair the pavilion is part of, put BIOHK first among others' events.
        var edit = Period();
        edit["title"] = new JsonObject { ["en"] = "SCC e-Newsletter Q3 2023", ["zh-Hant"] = "智慧城市聯盟電子通訊 2023年第三季" };
        edit["introduction"] = new JsonObject { ["en"] = "Dear SCC Members and Friends,", ["zh-Hant"] = "各位會員及朋友:" };
        edit["items"] = new JsonArray(
            Choice(draft, "review", "depa-scc-mou-2023", pinned: true),
            Choice(draft, "upcoming", "china-hi-tech-fair-2023", leftOut: true),
            Choice(draft, "upcoming", "biohk2023", position: 1));
        var edited = await (await api.As("editor").PutJsonAsync($"/api/v1/digests/{id}", edit, etag)).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal("depa-scc-mou-2023", Slug(edited["review"]![0]!));
        Assert.True(edited["review"]![0]!["pinned"]!.GetValue<bool>());
        var upcoming = edited["upcoming"]!.AsArray().Select(i => Slug(i!)).ToList();
        Assert.DoesNotContain("china-hi-tech-fair-2023", upcoming);
        Assert.Equal("biohk2023", upcoming[3]);   // after SCC's own three
        Assert.Equal(21, upcoming.Count);
        Assert.Equal("各位會員及朋友:", edited["introduction"]!["zh-Hant"]!.GetValue<string>());

        // Anonymous readers do not see a draft.
        Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous().GetAsync("/api/v1/digests/by-slug/e-newsletter-2023-08-15")).StatusCode);

        var published = await (await api.As("editor").PostAsync($"/api/v1/digests/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("published", published["status"]!.GetValue<string>());

        var reader = await api.Anonymous().GetAsync("/api/v1/digests/by-slug/e-newsletter-2023-08-15");
        var shown = await reader.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("depa-scc-mou-2023", Slug(shown["review"]![0]!));
        Assert.Equal("public, max-age=300", reader.Headers.CacheControl?.ToString());
        var notModified = new HttpRequestMessage(HttpMethod.Get, "/api/v1/digests/by-slug/e-newsletter-2023-08-15");
        notModified.Headers.TryAddWithoutValidation("If-None-Match", reader.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await api.Anonymous().SendAsync(notModified)).StatusCode);

        // Sent is sent: no more edits, and no deletion.
        await (await api.As("editor").PutJsonAsync($"/api/v1/digests/{id}", edit)).AssertProblemAsync(HttpStatusCode.Conflict, "digest_published");
        await (await api.As("admin").DeleteAsync($"/api/v1/digests/{id}")).AssertProblemAsync(HttpStatusCode.Conflict, "digest_not_deletable");

        var list = await (await api.Anonymous().GetAsync("/api/v1/digests")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Contains(list["items"]!.AsArray(), d => d!["slug"]!.GetValue<string>() == "e-newsletter-2023-08-15");

        var feed = await api.Anonymous().GetAsync("/api/v1/feeds/digests.atom?lang=zh-Hant");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        var atom = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(atom.Root!.Elements(ns + "entry"));
        Assert.Equal("智慧城市聯盟電子通訊 2023年第三季", entry.Element(ns + "title")!.Value);
        Assert.Contains(entry.Elements(ns + "link"), l => l.Attribute("rel")?.Value == "alternate" && l.Attribute("href")!.Value.Contains("/api/v1/digests/by-slug/e-newsletter-2023-08-15", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_WithAStaleETag_Returns412AndChangesNothing()
    {
        var (draft, etag) = await CreateAsync(Period("2023-08-16"));
        var id = draft["id"]!.GetValue<string>();
        var first = Period("2023-08-16");
        first["introduction"] = new JsonObject { ["en"] = "First" };
        var response = await api.As("editor").PutJsonAsync($"/api/v1/digests/{id}", first, etag);
        await response.AssertJsonAsync(HttpStatusCode.OK);

        var second = Period("2023-08-16");
        second["introduction"] = new JsonObject { ["en"] = "Second" };
        await (await api.As("editor").PutJsonAsync($"/api/v1/digests/{id}", second, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");

        // The ETag a read gives works for If-Match too.
        var read = await api.As("editor").GetAsync($"/api/v1/digests/{id}");
        Assert.Equal("First", (await read.AssertJsonAsync(HttpStatusCode.OK))["introduction"]!["en"]!.GetValue<string>());
        await (await api.As("editor").PutJsonAsync($"/api/v1/digests/{id}", second, read.Headers.ETag!.ToString())).AssertJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Update_ChoosingAnItemOutsideThePeriod_Returns400NamingIt()
    {
        var (draft, _) = await CreateAsync(Period("2023-08-17"));
        var body = Period("2023-08-17");
        body["items"] = new JsonArray(
            Choice(draft, "review", "depa-scc-mou-2023", pinned: true),
            new JsonObject { ["kind"] = "event", ["id"] = Guid.NewGuid().ToString(), ["pinned"] = true });

        var problem = await (await api.As("editor").PutJsonAsync($"/api/v1/digests/{draft["id"]}", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains("items[1]", problem.ErrorKeys());
        var unchanged = await (await api.As("editor").GetAsync($"/api/v1/digests/{draft["id"]}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Empty(unchanged["items"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"to":"2023-11-30","asOf":"2023-08-15"}""", "from")]
    [InlineData("""{"from":"2023-05-01","to":"2023-11-30","asOf":"2024-01-01"}""", "asOf")]
    [InlineData("""{"from":"2023-05-01","to":"2023-11-30","asOf":"2023-08-15","slug":"Not A Slug"}""", "slug")]
    [InlineData("""{"from":"2023-05-01","to":"2023-11-30","asOf":"2023-08-15","items":[{"kind":"event","id":"00000000-0000-0000-0000-000000000000"}]}""", "items[0].id")]
    public async Task Create_WithBadInput_Returns400NamingTheField(string body, string field)
    {
        var problem = await (await api.As("editor").PostJsonAsync("/api/v1/digests", JsonNode.Parse(body)!)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Contains(field, problem.ErrorKeys());
    }

    [Fact]
    public async Task Create_IsForStaffOnly()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostJsonAsync("/api/v1/digests", Period())).StatusCode);
    }

    [Fact]
    public async Task Get_WithAcceptHtml_ReturnsTheEmailDocumentInTheAskedLanguageFirst()
    {
        var (draft, _) = await CreateAsync(Period("2023-08-18"));
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/digests/{draft["id"]}");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        request.Headers.TryAddWithoutValidation("Accept-Language", "zh-HK,zh;q=0.9,en;q=0.8");

        var response = await api.As("editor").SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("zh-Hant", response.Content.Headers.ContentLanguage.Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\">", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("重點活動回顧", StringComparison.Ordinal) < html.IndexOf("Review of Major Events", StringComparison.Ordinal));
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Trade and Industrial Organisation Support Fund", html, StringComparison.Ordinal);
    }
}
