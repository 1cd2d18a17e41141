using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// The TypeScript client (clients/typescript) as a frontend gets it: its own tests (node --test) against this API
/// on a real socket with the demo data, its generated types current with the committed OpenAPI document, and a
/// tarball that installs.
/// </summary>
[Collection(TypeScriptClientCollection.Name)]
public sealed class TypeScriptClientTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    /// <summary>The tests in clients/typescript/test: a file that fails to load must not pass as fewer tests.</summary>
    private const int ExpectedNodeTests = 18;

    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(10);

    private static string ClientFolder => Path.Combine(Artifacts.RepositoryRoot(), "clients", "typescript");

    [Fact]
    public async Task NodeTests_AgainstTheLiveApiWithDemoData_AllPass()
    {
        var (exitCode, output) = await NpmAsync(["test"], new Dictionary<string, string>
        {
            ["SCC_API_URL"] = api.Anonymous().BaseAddress!.GetLeftPart(UriPartial.Authority),
            ["SCC_STAFF_TOKEN"] = TestTokens.For("editor"),
            ["SCC_ADMIN_TOKEN"] = TestTokens.For("admin"),
        });

        var passed = Count(output, "pass");
        var failed = Count(output, "fail") + Count(output, "cancelled");
        var summarised = Regex.IsMatch(output, @"^# tests \d+\s*$", RegexOptions.Multiline);
        await Artifacts.WriteReportAsync("typescript-client", $"TypeScript client: {passed} passed, {failed} failed" +
            (summarised ? "" : $" (npm test exited with {exitCode} before node's summary)"));
        Assert.True(exitCode == 0 && failed == 0, $"npm test exited with {exitCode}, {failed} failed:{Environment.NewLine}{Tail(output)}");
        Assert.Equal(ExpectedNodeTests, passed);
    }

    [Fact]
    public async Task GeneratedTypes_ComparedWithTheCommittedDocument_AreCurrent()
    {
        var (exitCode, output) = await NpmAsync(["run", "check-generated"]);

        Assert.True(exitCode == 0,
            "clients/typescript/src/schema.ts is not what docs/openapi/v1.json generates: run 'npm run generate' in clients/typescript " +
            $"and commit the result.{Environment.NewLine}{Tail(output)}");
    }

    [Fact]
    public async Task Package_PackedDryRun_HoldsTheBuiltModuleItsTypesAndTheReadmeOnly()
    {
        // --json keeps stdout to the JSON; the prepack build writes to stderr.
        var (exitCode, output) = await NpmAsync(["pack", "--dry-run", "--json"], separateErrors: true);

        Assert.True(exitCode == 0, $"npm pack --dry-run exited with {exitCode}:{Environment.NewLine}{Tail(output)}");
        using var pack = JsonDocument.Parse(output);
        var package = pack.RootElement[0];
        Assert.Equal("@scc/api-client", package.GetProperty("name").GetString());
        var files = package.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();
        Assert.Contains("dist/index.js", files);
        Assert.Contains("dist/index.d.ts", files);
        Assert.Contains("dist/schema.d.ts", files);
        Assert.Contains("README.md", files);
        Assert.All(files, f => Assert.True(f.StartsWith("dist/", StringComparison.Ordinal) || f is "README.md" or "package.json", $"{f} is packed"));
    }

    /// <summary>Runs npm in clients/typescript; the output is stdout and stderr together unless <paramref name="separateErrors"/>.</summary>
    private static async Task<(int ExitCode, string Output)> NpmAsync(string[] arguments, Dictionary<string, string>? environment = null, bool separateErrors = false)
    {
        if (!Directory.Exists(Path.Combine(ClientFolder, "node_modules")))
            Assert.Fail("clients/typescript/node_modules is missing: run the tests with ./scripts/test.sh, which installs the " +
                        "TypeScript client's packages (npm ci) before 'dotnet test'.");
        environment = new Dictionary<string, string>(environment ?? []) { ["npm_config_update_notifier"] = "false" };
        var outcome = await ExternalCommand.RunAsync("npm", arguments, ClientFolder, environment, NpmTimeout);
        return (outcome.ExitCode, separateErrors && outcome.ExitCode == 0 ? outcome.Output : outcome.Errors + outcome.Output);
    }

    /// <summary>A counter of node's TAP summary (<c># pass 17</c>); 0 when it is missing (the run stopped before it).</summary>
    private static int Count(string output, string name)
    {
        var match = Regex.Match(output, $@"^# {name} (\d+)\s*$", RegexOptions.Multiline);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    private static string Tail(string output, int lines = 120)
    {
        var all = output.Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }
}
