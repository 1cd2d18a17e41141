using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// Preview links (ADR 26): a draft shown through a signed link as the public will see it, as JSON and in the widget's
/// page, and nowhere else; refused once the link expires (on a fake clock), is revoked, or is altered.
/// </summary>
public sealed class PreviewLinkTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>The API on a fake clock that the expiry test moves (on a database of its own, as staff tokens expire by it too).</summary>
    public sealed class ClockedApiFactory : ApiFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private static readonly string[] KindNames = ["event", "delegation", "mou", "digest"];

    public static TheoryData<string> Kinds => new(KindNames);

    private static readonly Dictionary<string, string> Paths = new() { ["event"] = "events", ["delegation"] = "delegations", ["mou"] = "mous", ["digest"] = "digests" };

    private Task<string> DraftAsync(string kind, string title, string tag = "preview") => DraftAsync(api, kind, title, tag);

    private static async Task<string> DraftAsync(ApiFactory api, string kind, string title, string tag = "preview")
    {
        JsonObject body = kind switch
        {
            "event" => EventBodies.Seminar(title, tags: [tag]),
            "delegation" => DelegationBodies.Visit(title),
            "mou" => DelegationBodies.Mou(await api.AddOrganisationAsync(title + " party A"), await api.AddOrganisationAsync(title + " party B"), title),
            "digest" => new JsonObject { ["title"] = new JsonObject { ["en"] = title }, ["from"] = "2023-05-01", ["to"] = "2023-11-30", ["asOf"] = "2023-08-15" },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return (await (await api.As("editor").PostJsonAsync($"/api/v1/{Paths[kind]}", body)).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> CreateLinkAsync(string kind, string id, DateTimeOffset? expiresAt = null) => CreateLinkAsync(api, kind, id, expiresAt);

    private static Task<HttpResponseMessage> CreateLinkAsync(ApiFactory api, string kind, string id, DateTimeOffset? expiresAt = null)
    {
        var body = new JsonObject { ["type"] = kind, ["itemId"] = id };
        if (expiresAt is { } at) body["expiresAt"] = at.ToString("O", CultureInfo.InvariantCulture);
        return api.As("editor").PostJsonAsync("/api/v1/preview-links", body);
    }

    private Task<JsonObject> LinkAsync(string kind, string id) => LinkAsync(api, kind, id);

    private static async Task<JsonObject> LinkAsync(ApiFactory api, string kind, string id, DateTimeOffset? expiresAt = null) =>
        await (await CreateLinkAsync(api, kind, id, expiresAt)).AssertJsonAsync(HttpStatusCode.Created);

    private static string PathOf(JsonObject created, string member = "url") => new Uri(created[member]!.GetValue<string>()).PathAndQuery;

    /// <summary>The widget's read of the preview, beside its script.</summary>
    private static string FeedOf(JsonObject created) => "/embed/v1/previews/" + PathOf(created).Split('/').Last() + "/feed";

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_draft_is_shown_through_its_link_exactly_as_its_read_gives_it(string kind)
    {
        var id = await DraftAsync(kind, $"Preview of a {kind}");
        await (await api.Anonymous().GetAsync($"/api/v1/{Paths[kind]}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);

        var created = await LinkAsync(kind, id);
        Assert.Equal(kind, created["link"]!["type"]!.GetValue<string>());
        Assert.Equal(id, created["link"]!["itemId"]!.GetValue<string>());
        Assert.Equal(kind == "event", created["embedUrl"] is not null);

        var response = await api.Anonymous().GetAsync(PathOf(created));
        var preview = await response.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Equal(kind, preview["type"]!.GetValue<string>());
        // The same JSON as the item's own read gives those who may see drafts: the shape the public will read.
        var read = await (await api.As("editor").GetAsync($"/api/v1/{Paths[kind]}/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(read, preview[kind]), $"preview: {preview[kind]?.ToJsonString()}\nread: {read.ToJsonString()}");
        foreach (var other in KindNames.Where(k => k != kind)) Assert.Null(preview[other]);
    }

    [Fact]
    public async Task A_previewed_event_stays_out_of_lists_feeds_and_search_and_shows_in_the_widgets_page()
    {
        var id = await DraftAsync("event", "Draft Quokka Seminar", tag: "quokka");
        var created = await LinkAsync("event", id);
        var anonymous = api.Anonymous();

        var feed = await (await anonymous.GetAsync(FeedOf(created) + "?lang=en")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Draft Quokka Seminar", Assert.Single(feed["items"]!.AsArray())!["title"]!.GetValue<string>());

        Assert.Empty((await (await anonymous.GetAsync("/api/v1/feeds/events?tag=quokka&when=all")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray());
        Assert.Empty((await (await anonymous.GetAsync("/api/v1/events?tag=quokka")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray());
        Assert.Empty((await (await anonymous.GetAsync("/api/v1/search?q=Quokka")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray());
        var calendar = await (await anonymous.GetAsync("/api/v1/feeds/events.ics?when=all")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Quokka", calendar, StringComparison.Ordinal);

        var page = await anonymous.GetAsync(PathOf(created, "embedUrl"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl!.ToString());
        Assert.Equal("noindex, nofollow", page.Headers.GetValues("X-Robots-Tag").Single());
        var token = PathOf(created).Split('/').Last();
        Assert.Contains($"data-preview=\"{token}\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A delegation's preview has no feed: only events are in the widget.
        var delegation = await LinkAsync("delegation", await DraftAsync("delegation", "Preview without a feed"));
        await (await anonymous.GetAsync(FeedOf(delegation))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_revoked_link_is_refused_and_the_record_and_its_audit_entries_stay()
    {
        var created = await LinkAsync("event", await DraftAsync("event", "Revoked preview"));
        var linkId = created["link"]!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync(PathOf(created))).StatusCode);

        await (await api.Anonymous().DeleteAsync($"/api/v1/preview-links/{linkId}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("editor").DeleteAsync($"/api/v1/preview-links/{linkId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.As("editor").DeleteAsync($"/api/v1/preview-links/{linkId}")).StatusCode);

        await (await api.Anonymous().GetAsync(PathOf(created))).AssertProblemAsync(HttpStatusCode.Gone, "preview_link_revoked");
        await (await api.Anonymous().GetAsync(FeedOf(created))).AssertProblemAsync(HttpStatusCode.Gone, "preview_link_revoked");

        var itemId = created["link"]!["itemId"]!.GetValue<string>();
        var listed = Assert.Single((await (await api.As("editor").GetAsync($"/api/v1/preview-links?type=event&itemId={itemId}"))
            .AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray())!;
        Assert.Equal(linkId, listed["id"]!.GetValue<string>());
        Assert.NotNull(listed["revokedAt"]);
        Assert.Null(listed["url"]);
        var audit = (await (await api.As("admin").GetAsync($"/api/v1/audit?resourceType=previewLink&resourceId={linkId}")).AssertJsonAsync(HttpStatusCode.OK))["items"]!
            .AsArray().Select(e => e!["action"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["created", "revoked"], audit);
        await (await api.As("editor").DeleteAsync($"/api/v1/preview-links/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_link_works_until_it_expires_seven_days_by_default()
    {
        await using var clocked = new ClockedApiFactory();
        await clocked.InitializeAsync();
        var id = await DraftAsync(clocked, "event", "Expiring preview");
        var byDefault = await LinkAsync(clocked, "event", id);
        var link = byDefault["link"]!;
        Assert.Equal(TimeSpan.FromDays(7), link["expiresAt"]!.GetValue<DateTimeOffset>() - link["createdAt"]!.GetValue<DateTimeOffset>());
        var shortLived = await LinkAsync(clocked, "event", id, clocked.Clock.GetUtcNow().AddHours(1));
        var anonymous = clocked.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(PathOf(shortLived))).StatusCode);

        clocked.Clock.Advance(TimeSpan.FromHours(1));
        await (await anonymous.GetAsync(PathOf(shortLived))).AssertProblemAsync(HttpStatusCode.Gone, "preview_link_expired");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(PathOf(byDefault))).StatusCode);

        clocked.Clock.Advance(TimeSpan.FromDays(7));
        await (await anonymous.GetAsync(PathOf(byDefault))).AssertProblemAsync(HttpStatusCode.Gone, "preview_link_expired");
        await (await anonymous.GetAsync(FeedOf(byDefault))).AssertProblemAsync(HttpStatusCode.Gone, "preview_link_expired");
    }

    [Fact]
    public async Task An_altered_or_made_up_token_is_not_found()
    {
        var created = await LinkAsync("event", await DraftAsync("event", "Tampered preview"));
        var token = PathOf(created).Split('/').Last();
        // Each character changed in turn at a few places: the signature no longer matches.
        foreach (var at in new[] { 0, token.Length / 2, token.Length - 1 })
        {
            var altered = token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];
            await (await api.Anonymous().GetAsync($"/api/v1/previews/{altered}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        }
        foreach (var madeUp in new[] { "x", Guid.NewGuid().ToString("N"), new string('A', 160), new string('A', 2000), "%E2%9C%93" })
            await (await api.Anonymous().GetAsync($"/api/v1/previews/{madeUp}")).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync(PathOf(created))).StatusCode);
    }

    [Fact]
    public async Task Links_are_refused_for_what_is_public_or_missing_and_to_callers_who_may_not_share_drafts()
    {
        var id = await DraftAsync("event", "Published before its preview");
        Assert.Equal(HttpStatusCode.OK, (await api.As("editor").PostAsync($"/api/v1/events/{id}/publish", null)).StatusCode);
        await (await CreateLinkAsync("event", id)).AssertProblemAsync(HttpStatusCode.Conflict, "item_not_draft");
        await (await CreateLinkAsync("event", Guid.NewGuid().ToString())).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await CreateLinkAsync("mou", id)).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");

        var draft = await DraftAsync("event", "Refused previews");
        var refusedBody = await (await CreateLinkAsync("organisation", draft)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("type", refusedBody.ErrorKeys());
        var past = await (await CreateLinkAsync("event", draft, DateTimeOffset.UtcNow.AddMinutes(-1))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("expiresAt", past.ErrorKeys());
        var tooFar = await (await CreateLinkAsync("event", draft, DateTimeOffset.UtcNow.AddDays(31))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("expiresAt", tooFar.ErrorKeys());

        var body = new JsonObject { ["type"] = "event", ["itemId"] = draft };
        await (await api.Anonymous().PostJsonAsync("/api/v1/preview-links", body)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.Anonymous().GetAsync("/api/v1/preview-links")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await api.WithDbAsync(db => Task.FromResult(db.PreviewLinks.Count(l => l.ItemId == Guid.Parse(draft)))));
    }
}
