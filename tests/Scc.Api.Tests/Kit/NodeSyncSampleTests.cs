using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Kit;

/// <summary>
/// samples/sync-node: the typed TypeScript client mirroring the published events into a JSON file for a static site,
/// run with node against the live API with its demo data and compared with the API's own lists; a second run reuses
/// every page (304 Not Modified), and a newly published event makes the next run fetch again.
/// </summary>
[Collection(TypeScriptClientCollection.Name)]
public sealed class NodeSyncSampleTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>, IDisposable
{
    private static readonly string SampleFolder = Path.Combine(Artifacts.RepositoryRoot(), "samples", "sync-node");

    private readonly string folder = Directory.CreateTempSubdirectory("scc-sync-node-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<JsonObject> SyncAsync(string output)
    {
        var outcome = await ExternalCommand.RunAsync("node", ["build/sync.js", "--base-url", api.Anonymous().BaseAddress!.GetLeftPart(UriPartial.Authority),
            "--out", output, "--when", "all", "--limit", "10"], SampleFolder);
        Assert.True(outcome.ExitCode == 0, outcome.Tail());
        return JsonNode.Parse(outcome.Output)!.AsObject();
    }

    /// <summary>Every item of a list of the API, page after page.</summary>
    private async Task<List<JsonNode>> ListAsync(string url, string? language = null)
    {
        var client = api.Anonymous();
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var items = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync(url + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)))).AssertJsonAsync(HttpStatusCode.OK);
            items.AddRange(page["items"]!.AsArray().Select(i => i!));
            cursor = page["nextCursor"]?.GetValue<string>();
        } while (cursor is not null);
        return items;
    }

    private static List<string> Lines(IEnumerable<JsonNode?> events) =>
        [.. events.Select(e => $"{e!["id"]} {e["status"]} {e["title"]}")];

    [Fact]
    public async Task Sync_AgainstTheLiveApi_WritesEveryPublishedEventInBothLanguages_ThenAsksWithIfNoneMatch()
    {
        if (!Directory.Exists(Path.Combine(SampleFolder, "node_modules")))
            Assert.Fail("samples/sync-node/node_modules is missing: run the tests with ./scripts/test.sh, which installs it (npm ci) first.");
        var build = await ExternalCommand.RunAsync("npm", ["run", "build"], SampleFolder, new Dictionary<string, string> { ["npm_config_update_notifier"] = "false" },
            TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, build.Tail());
        var output = Path.Combine(folder, "events.json");

        var first = await SyncAsync(output);
        var mirror = JsonNode.Parse(await File.ReadAllTextAsync(output))!;
        var english = mirror["events"]!["en"]!.AsArray();
        var chinese = mirror["events"]!["zh-Hant"]!.AsArray();
        Assert.Equal(Lines(await ListAsync("/api/v1/feeds/events?when=all&limit=100&lang=en")), Lines(english));
        Assert.Equal(Lines(await ListAsync("/api/v1/feeds/events?when=all&limit=100&lang=zh-Hant")), Lines(chinese));
        var published = (await ListAsync("/api/v1/events?when=all&limit=100")).Select(e => e["id"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(published, english.Select(e => e!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Contains(chinese, e => e!["title"]!.GetValue<string>() == "成就機遇,首選香港");
        Assert.True(english.Count > 30, $"{english.Count} events");
        var pages = first["fetched"]!.GetValue<int>();
        Assert.Equal(2 * (int)Math.Ceiling(english.Count / 10.0), pages);
        Assert.Equal(0, first["notModified"]!.GetValue<int>());

        var second = await SyncAsync(output);
        Assert.Equal((0, pages), (second["fetched"]!.GetValue<int>(), second["notModified"]!.GetValue<int>()));
        Assert.Equal(Lines(english), Lines(JsonNode.Parse(await File.ReadAllTextAsync(output))!["events"]!["en"]!.AsArray()));

        var added = await api.OpenEventAsync("Node Sync Seminar");
        var third = await SyncAsync(output);
        var after = JsonNode.Parse(await File.ReadAllTextAsync(output))!["events"]!["en"]!.AsArray();
        Assert.Equal(english.Count + 1, after.Count);
        Assert.Contains(after, e => e!["id"]!.GetValue<string>() == added);
        Assert.InRange(third["fetched"]!.GetValue<int>(), 1, pages + 2);
    }
}
