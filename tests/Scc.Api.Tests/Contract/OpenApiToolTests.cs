using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Contract;

/// <summary>
/// The committed document as the tools see it: Redocly's recommended lint rules, and its breaking-change diff
/// against the last released copy (each breaking change must be in the changelog).
/// </summary>
public sealed class OpenApiToolTests
{
    private static string ToolsFolder => Path.Combine(Artifacts.RepositoryRoot(), "tools", "openapi");

    [Fact]
    public async Task CommittedDocument_LintedWithTheRecommendedRules_HasNoErrorsAndNoWarnings()
    {
        var outcome = await RedoclyAsync("lint", ContractFiles.Committed, "--format=json", "--max-problems", "10000");

        var report = JsonNode.Parse(outcome.Output) ?? throw new InvalidOperationException(outcome.Tail());
        var errors = report["totals"]!["errors"]!.GetValue<int>();
        var warnings = report["totals"]!["warnings"]!.GetValue<int>();
        await Artifacts.WriteReportAsync("openapi-lint", $"OpenAPI lint (Redocly, recommended rules): {errors} errors, {warnings} warnings");
        var problems = report["problems"]!.AsArray()
            .Select(p => $"{p!["severity"]} {p["ruleId"]}: {p["message"]} at {p["location"]?[0]?["pointer"]}").Take(40);
        Assert.True(errors == 0 && warnings == 0, $"{errors} errors, {warnings} warnings (an example that no longer matches its schema is " +
            $"captured again by ./scripts/update-openapi.sh --refresh-examples):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public async Task CommittedDocument_ComparedWithTheLastRelease_ListsEveryBreakingChangeInTheChangelog()
    {
        var released = ContractFiles.LastReleased;
        var outcome = await RedoclyAsync("diff", released, ContractFiles.Committed, "--format=json", "--fail-on", "none");

        var report = JsonNode.Parse(outcome.Output) ?? throw new InvalidOperationException(outcome.Tail());
        var breaking = BreakingChanges(report);
        var unreleased = UnreleasedSection(File.ReadAllText(ContractFiles.Changelog));
        var missing = breaking.Where(change => !unreleased.Contains(change, StringComparison.Ordinal)).ToList();
        await Artifacts.WriteReportAsync("openapi-breaking-changes", string.Create(CultureInfo.InvariantCulture,
            $"OpenAPI breaking changes since {Path.GetFileNameWithoutExtension(released)}: {breaking.Count}, {missing.Count} missing from the changelog"));
        Assert.True(missing.Count == 0,
            "Breaking changes that docs/openapi/CHANGELOG.md does not list under 'Unreleased' (each as `rule #/pointer`):" + Environment.NewLine +
            string.Join(Environment.NewLine, missing.Select(m => "- `" + m + "`")));
    }

    [Fact]
    public void Changelog_ItsReleases_EachHaveTheirReleasedCopy()
    {
        var changelog = File.ReadAllText(ContractFiles.Changelog);

        var releases = Regex.Matches(changelog, @"^## (\d+\.\d+\.\d+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(releases);
        Assert.All(releases, version => Assert.True(File.Exists(Path.Combine(ContractFiles.Folder, "released", $"v{version}.json")),
            $"docs/openapi/released/v{version}.json is missing"));
        Assert.Equal(Path.GetFileNameWithoutExtension(ContractFiles.LastReleased), "v" + releases[0]);
    }

    /// <summary>Each major change as <c>rule #/pointer</c>, the form the changelog names it by.</summary>
    internal static List<string> BreakingChanges(JsonNode report) =>
        [.. report["changes"]!.AsArray()
            .SelectMany(change => change!["verdicts"]!.AsArray())
            .Where(verdict => verdict!["impact"]!.GetValue<string>() == "major")
            .Select(verdict => $"{verdict!["ruleId"]} {verdict["location"]!["pointer"]}")
            .Distinct(StringComparer.Ordinal)];

    private static string UnreleasedSection(string changelog)
    {
        var start = changelog.IndexOf("## Unreleased", StringComparison.Ordinal);
        if (start < 0) return "";
        var end = changelog.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? changelog[start..] : changelog[start..end];
    }

    internal static async Task<ExternalCommand.Outcome> RedoclyAsync(params string[] arguments)
    {
        var cli = Path.Combine(ToolsFolder, "node_modules", "@redocly", "cli", "bin", "cli.js");
        if (!File.Exists(cli))
            Assert.Fail("tools/openapi/node_modules is missing: run the tests with ./scripts/test.sh, which installs the OpenAPI tools (npm ci) first.");
        return await ExternalCommand.RunAsync("node", [cli, .. arguments, "--config", Path.Combine(ToolsFolder, "redocly.yaml")],
            Artifacts.RepositoryRoot(), new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" });
    }
}
