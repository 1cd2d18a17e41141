using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Scc.Api.Tests.Contract;

/// <summary>
/// The document's schemas as JSON Schema 2020-12 (OpenAPI 3.1's own dialect), so that real answers can be validated
/// against the schema the document gives for their operation and status. Formats (uuid, date, date-time, uri, email)
/// are validated too.
/// </summary>
public sealed class ContractSchemas
{
    private const string Base = "https://scc.test/openapi";

    private readonly BuildOptions build;
    private readonly EvaluationOptions evaluation = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };
    private int count;

    public ContractSchemas(JsonNode document)
    {
        build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var components = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Base,
            ["$defs"] = Rewrite(document["components"]!["schemas"]!.DeepClone()),
        };
        JsonSchema.FromText(components.ToJsonString(), build, new Uri(Base));
    }

    /// <summary>Validates <paramref name="body"/> against an operation's schema; returns the errors, none when valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode schema, JsonElement body)
    {
        var id = new Uri($"https://scc.test/answer/{Interlocked.Increment(ref count)}");
        var wrapper = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id.ToString(),
            ["allOf"] = new JsonArray(Rewrite(schema.DeepClone())),
        };
        var results = JsonSchema.FromText(wrapper.ToJsonString(), build, id).Evaluate(body, evaluation);
        return results.IsValid ? [] : [.. Errors(results).Distinct().Take(20)];
    }

    /// <summary>The errors of the failing branches only: a oneOf's passing member hides its failing sibling.</summary>
    private static IEnumerable<string> Errors(EvaluationResults results)
    {
        if (results.IsValid) yield break;
        foreach (var (keyword, message) in results.Errors ?? new Dictionary<string, string>())
            yield return $"{results.InstanceLocation} ({results.EvaluationPath}): {keyword}: {message}";
        foreach (var error in (results.Details ?? []).SelectMany(Errors)) yield return error;
    }

    /// <summary>Points the document's references to components at the registered copy of them.</summary>
    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name == "$ref" && value?.GetValue<string>() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                        obj[name] = Base + "#/$defs/" + reference["#/components/schemas/".Length..];
                    else if (value is not null) Rewrite(value);
                }
                break;
            case JsonArray array:
                foreach (var item in array) if (item is not null) Rewrite(item);
                break;
        }
        return node;
    }

    /// <summary>True when a property's schema takes null.</summary>
    public static bool AllowsNull(JsonNode schema) =>
        schema["type"] is JsonArray types ? types.Any(t => t!.GetValue<string>() == "null")
        : schema["type"] is { } type ? type.GetValue<string>() == "null"
        : schema["oneOf"] is JsonArray members ? members.Any(s => AllowsNull(s!))
        // A schema without a type, a reference or members takes any JSON value (a JsonElement), null included.
        : schema["$ref"] is null && schema["anyOf"] is null && schema["allOf"] is null;
}
