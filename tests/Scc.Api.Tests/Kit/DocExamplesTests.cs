using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Kit;

/// <summary>
/// The curl examples of the README and of docs/*.md, run as a reader runs them: each page's marked blocks in page order
/// in one bash, so that a block may use a variable an earlier block set (an id, an ETag, <c>$TOKEN</c>), with real curl
/// against the API with its demo data on a real port; <c>./scripts/staff-token.sh</c> signs with the key this API trusts.
/// Every curl must answer the status its block's marker names (ADR 27).
/// </summary>
public sealed partial class DocExamplesTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private const string DocumentedBaseUrl = "http://localhost:5080";

    private static readonly string Root = Artifacts.RepositoryRoot();

    [GeneratedRegex(@"^@@block (\d+)$")]
    private static partial Regex BlockLine();

    [GeneratedRegex(@"@@status (\d{3})")]
    private static partial Regex StatusLine();

    private static List<DocExampleBlock> AllBlocks() =>
        DocExamples.Pages(Root).SelectMany(page => DocExamples.CurlBlocks(Root, page)).ToList();

    [Fact]
    public void Every_curl_block_carries_an_expect_or_not_run_marker()
    {
        var blocks = AllBlocks();
        var unmarked = blocks.Where(b => b.Expected is null).Select(b => b.Where).ToList();

        Assert.True(unmarked.Count == 0,
            "These blocks call curl without '<!-- expect: 200 -->' or '<!-- not run: reason -->' on the line before them: " + string.Join(", ", unmarked));
        Assert.Contains(blocks, b => b.Page == "README.md" && b.Runs);
    }

    [Fact]
    public void The_marker_check_finds_a_curl_block_without_a_marker()
    {
        var folder = Directory.CreateTempSubdirectory("scc-doc-markers-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.md");
            File.WriteAllText(page, "<!-- expect: 201, 200 -->\n```bash\nID=$(curl -s -X POST x | jq -r .id)\ncurl x/$ID\n```\n\n" +
                                    "Text.\n\n```bash\ncurl x\n```\n\n<!-- not run: needs a receiver -->\n\n  ```\n  echo; curl y\n  ```\n");

            var blocks = DocExamples.CurlBlocks(folder.FullName, page);

            Assert.Equal(3, blocks.Count);
            Assert.Equal([201, 200], blocks[0].Expected);
            Assert.Null(blocks[1].Expected);
            Assert.Equal("needs a receiver", blocks[2].NotRunReason);
            Assert.False(blocks[2].Runs);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Every_marked_curl_example_answers_the_status_its_marker_names()
    {
        var baseUrl = api.Anonymous().BaseAddress!.GetLeftPart(UriPartial.Authority);
        var failures = new List<string>();
        int commands = 0, blocks = 0, pages = 0, notRun = 0;
        foreach (var page in DocExamples.Pages(Root))
        {
            var all = DocExamples.CurlBlocks(Root, page);
            notRun += all.Count(b => b.NotRunReason is not null);
            var runnable = all.Where(b => b.Runs).ToList();
            if (runnable.Count == 0) continue;
            pages++;
            blocks += runnable.Count;
            var statuses = await RunPageAsync(runnable, baseUrl);
            for (var i = 0; i < runnable.Count; i++)
            {
                var block = runnable[i];
                var got = statuses.Blocks.GetValueOrDefault(i) ?? [];
                commands += got.Count;
                var expected = block.Expected!;
                var ok = expected.Count == 1 ? got.Count > 0 && got.All(s => s == expected[0]) : got.SequenceEqual(expected);
                if (!ok)
                {
                    failures.Add($"{block.Where}: expected {string.Join(", ", expected)}, got [{string.Join(", ", got)}]\n{block.Code}\n--- stderr of the page's run (tail):\n{statuses.Tail}");
                }
            }
        }

        await Artifacts.WriteReportAsync("doc-examples",
            $"Docs examples: {commands} curl commands in {blocks} blocks on {pages} pages answered as marked ({notRun} blocks marked not run)");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(commands >= blocks, $"{commands} commands ran in {blocks} blocks");
    }

    private sealed record PageRun(IReadOnlyDictionary<int, List<int>> Blocks, string Tail);

    /// <summary>
    /// Runs the page's blocks in one bash, in a folder of their own (files they write are thrown away) where
    /// <c>./scripts/</c> is the repository's. curl is wrapped to write each answer's status on standard error.
    /// </summary>
    private static async Task<PageRun> RunPageAsync(List<DocExampleBlock> blocks, string baseUrl)
    {
        var script = new StringBuilder();
        script.AppendLine("curl() { command curl \"$@\" --write-out '%{stderr}\\n@@status %{http_code}\\n'; }");
        for (var i = 0; i < blocks.Count; i++)
        {
            script.Append("printf '\\n@@block ").Append(i).AppendLine("\\n' >&2");
            script.AppendLine(blocks[i].Code.Replace(DocumentedBaseUrl, baseUrl, StringComparison.Ordinal));
        }

        var folder = Directory.CreateTempSubdirectory("scc-doc-examples-");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(folder.FullName, "scripts"), Path.Combine(Root, "scripts"));
            var scriptPath = Path.Combine(folder.FullName, "examples.sh");
            await File.WriteAllTextAsync(scriptPath, script.ToString());
            var environment = new Dictionary<string, string>
            {
                // What ./scripts/staff-token.sh signs with: the issuer, audience and key this API trusts.
                ["SCC_JWT_ISSUER"] = TestTokens.Issuer,
                ["SCC_JWT_AUDIENCE"] = TestTokens.Audience,
                ["SCC_JWT_SIGNING_KEY"] = Convert.ToBase64String(TestTokens.SigningKey),
            };
            var outcome = await ExternalCommand.RunAsync("bash", [scriptPath], folder.FullName, environment, TimeSpan.FromSeconds(120));

            var statuses = new Dictionary<int, List<int>>();
            var current = -1;
            foreach (var line in outcome.Errors.Split('\n'))
            {
                if (BlockLine().Match(line.Trim()) is { Success: true } block) current = int.Parse(block.Groups[1].Value, CultureInfo.InvariantCulture);
                else if (current >= 0 && StatusLine().Match(line) is { Success: true } status)
                {
                    if (!statuses.TryGetValue(current, out var list)) statuses[current] = list = [];
                    list.Add(int.Parse(status.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }
            var noise = string.Join('\n', outcome.Errors.Split('\n').Where(l => !StatusLine().IsMatch(l) && l.Trim().Length > 0).TakeLast(20));
            return new PageRun(statuses, noise);
        }
        finally
        {
            // The link first, on its own, so that deleting the folder cannot reach into the repository's scripts.
            var link = new DirectoryInfo(Path.Combine(folder.FullName, "scripts"));
            if (link.LinkTarget is not null) link.Delete();
            folder.Delete(recursive: true);
        }
    }
}
