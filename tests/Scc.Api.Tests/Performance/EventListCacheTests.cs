using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Feeds;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Performance;

/// <summary>
/// Anonymous answers of the events list come from the output cache until a command succeeds; staff answers (with
/// drafts) never do. Each test asks for a page size of its own, so no other test's answer is in the cache.
/// </summary>
public sealed class EventListCacheTests(QueryShapeApiFactory api) : IClassFixture<QueryShapeApiFactory>
{
    [Fact]
    public async Task AnonymousList_AskedAgain_IsAnsweredWithoutAQuery()
    {
        var first = await ListAsync(api.Anonymous(), "/api/v1/events?when=all&limit=31");
        var second = await ListAsync(api.Anonymous(), "/api/v1/events?when=all&limit=31");

        Assert.True(first.Commands > 0);
        Assert.Equal(0, second.Commands);
        Assert.Equal(first.Page.ToJsonString(), second.Page.ToJsonString());
    }

    [Fact]
    public async Task AnonymousList_AfterAnEventIsPublished_ShowsIt()
    {
        const string path = "/api/v1/events?when=all&tag=cache-evicted&limit=32";
        Assert.Empty((await ListAsync(api.Anonymous(), path)).Page["items"]!.AsArray());

        var editor = api.As("editor");
        var id = (await (await editor.PostJsonAsync("/api/v1/events", EventBodies.Seminar("Cache Evicted Seminar", tags: ["cache-evicted"])))
            .AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).EnsureSuccessStatusCode();

        var after = await ListAsync(api.Anonymous(), path);
        Assert.True(after.Commands > 0);
        Assert.Equal(id, Assert.Single(after.Page["items"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task StaffList_IsNeverCached_AndNeverServedToAnonymousCallers()
    {
        const string path = "/api/v1/events?when=all&status=draft,published&tag=cache-draft&limit=33";
        var editor = api.As("editor");
        await (await editor.PostJsonAsync("/api/v1/events", EventBodies.Seminar("Cache Draft Seminar", tags: ["cache-draft"]))).AssertJsonAsync(HttpStatusCode.Created);

        var staff = await ListAsync(editor, path);
        var staffAgain = await ListAsync(editor, path);
        var anonymous = await ListAsync(api.Anonymous(), path);

        Assert.Single(staff.Page["items"]!.AsArray());
        Assert.True(staffAgain.Commands > 0);
        Assert.True(anonymous.Commands > 0);
        Assert.Empty(anonymous.Page["items"]!.AsArray());
    }

    [Fact]
    public async Task AnonymousList_WithTheCacheSwitchedOff_IsQueriedEveryTime()
    {
        using var uncached = api.WithWebHostBuilder(builder => builder.UseSetting(FeedCaching.EventListSetting, "false"));
        var client = uncached.CreateClient();

        await ListAsync(client, "/api/v1/events?when=all&limit=34");
        var again = await ListAsync(client, "/api/v1/events?when=all&limit=34");

        Assert.True(again.Commands > 0);
    }

    private async Task<(int Commands, JsonNode Page)> ListAsync(HttpClient client, string path)
    {
        api.Recorder.Clear();
        var page = await (await client.GetAsync(path)).AssertJsonAsync(HttpStatusCode.OK);
        return (api.Recorder.Commands.Count, page);
    }
}
