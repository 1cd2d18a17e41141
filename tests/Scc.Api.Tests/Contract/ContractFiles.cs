using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Contract;

/// <summary>The contract's files in the repository: the committed document, the released copies and the changelog.</summary>
public static class ContractFiles
{
    public static string Folder => Path.Combine(Artifacts.RepositoryRoot(), "docs", "openapi");

    /// <summary>The document the API serves, committed so that every change to the contract is a reviewed diff.</summary>
    public static string Committed => Path.Combine(Folder, "v1.json");

    public static string Changelog => Path.Combine(Folder, "CHANGELOG.md");

    /// <summary>The answers the document shows as examples (embedded in the API, which serves them in its document).</summary>
    public static string Examples => Path.Combine(Artifacts.RepositoryRoot(), "src", "Api", "OpenApi", "Examples");

    /// <summary>The last released copy: the highest version in docs/openapi/released.</summary>
    public static string LastReleased => Directory.GetFiles(Path.Combine(Folder, "released"), "v*.json")
        .OrderBy(f => Version.Parse(Path.GetFileNameWithoutExtension(f)[1..])).Last();

    public static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    /// <summary>Set to 1 to write the served document over the committed one (then review and commit the diff).</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("SCC_UPDATE_OPENAPI") == "1";
}
