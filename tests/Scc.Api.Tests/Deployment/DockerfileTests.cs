using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Deployment;

/// <summary>
/// The Dockerfile, checked without a Docker engine: linted by dockerfile-utils (the Docker language server's validator,
/// in tools/compose), and read for what it must agree with: the files it copies, the port compose publishes, the
/// assembly it starts.
/// </summary>
public sealed partial class DockerfileTests
{
    private static string Dockerfile => Path.Combine(Artifacts.RepositoryRoot(), "Dockerfile");

    [Fact]
    public async Task Dockerfile_PassesTheValidator_WhichFlagsABrokenCopy()
    {
        Assert.Empty(await FindingsAsync(await File.ReadAllTextAsync(Dockerfile)));

        var broken = (await File.ReadAllTextAsync(Dockerfile)).Replace("EXPOSE 8080", "EXPOSE 80a80", StringComparison.Ordinal)
            .Replace("WORKDIR /app", "WORKDIR app", StringComparison.Ordinal);
        var findings = await FindingsAsync(broken);
        Assert.Contains(findings, finding => finding.Contains("80a80", StringComparison.Ordinal));
        Assert.Contains(findings, finding => finding.Contains("WORKDIR", StringComparison.OrdinalIgnoreCase) || finding.Contains("absolute", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Dockerfile_CopiesFilesThatExist_ListensOnThePortComposePublishes_AndStartsTheApi()
    {
        var lines = File.ReadAllLines(Dockerfile);
        var root = Artifacts.RepositoryRoot();

        // Every COPY from the build context names files of the repository (COPY --from copies between stages).
        var copies = lines.Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from=", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(copies);
        foreach (var copy in copies)
        {
            var parts = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var source in parts[1..^1])
                Assert.True(File.Exists(Path.Combine(root, source)) || Directory.Exists(Path.Combine(root, source)), $"'{copy}' copies {source}, which is not in the repository");
        }

        // The port the API listens on in the image is the one it exposes and the one compose publishes.
        var listens = int.Parse(ListenPort().Match(string.Join('\n', lines)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var exposes = lines.Single(line => line.StartsWith("EXPOSE ", StringComparison.Ordinal))["EXPOSE ".Length..].Trim();
        Assert.Equal(listens.ToString(System.Globalization.CultureInfo.InvariantCulture), exposes);
        var published = ComposeFile.Load().Document["services"]!["api"]!["ports"]!.AsArray().Select(port => port!.ToString()).ToList();
        Assert.Contains($"5080:{listens}", published);

        // It starts the API's own assembly.
        var entrypoint = JsonNode.Parse(lines.Single(line => line.StartsWith("ENTRYPOINT ", StringComparison.Ordinal))["ENTRYPOINT ".Length..])!.AsArray();
        Assert.Equal(["dotnet", typeof(Program).Assembly.GetName().Name + ".dll"], entrypoint.Select(part => part!.GetValue<string>()));
    }

    private static async Task<List<string>> FindingsAsync(string dockerfile)
    {
        var tools = Path.Combine(Artifacts.RepositoryRoot(), "tools", "compose");
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "dockerfile-utils")))
            Assert.Fail("tools/compose/node_modules is missing: run the tests with ./scripts/test.sh, which installs dockerfile-utils (npm ci) first.");
        var file = Path.Combine(Path.GetTempPath(), $"scc-dockerfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, dockerfile);
        try
        {
            var outcome = await ExternalCommand.RunAsync("node", ["lint-dockerfile.mjs", file], tools);
            Assert.True(outcome.ExitCode == 0, outcome.Tail());
            return [.. JsonNode.Parse(outcome.Output)!.AsArray().Select(f => $"line {f!["line"]}: {f["severity"]}: {f["message"]}")];
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"ASPNETCORE_URLS=http://\+:(\d+)")]
    private static partial Regex ListenPort();
}
