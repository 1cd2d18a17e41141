using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using Scc.Api.OpenApi;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Contract;

/// <summary>
/// The committed document (docs/openapi/v1.json) is the one the API serves, and says of every property what the code
/// says: null where the C# type allows null, nowhere else.
/// </summary>
public sealed class CommittedDocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ServedDocument_ComparedWithTheCommittedOne_IsTheSame()
    {
        var response = await api.Anonymous().GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var servedText = await response.Content.ReadAsStringAsync();
        var served = JsonNode.Parse(servedText)!;
        var committed = File.Exists(ContractFiles.Committed) ? ContractFiles.Read(ContractFiles.Committed) : null;

        if (committed is not null && JsonNode.DeepEquals(served, committed)) return;
        if (ContractFiles.Updating)
        {
            await File.WriteAllTextAsync(ContractFiles.Committed, servedText.ReplaceLineEndings("\n").TrimEnd() + "\n");
            return;
        }
        var differences = committed is null ? ["the file is missing"] : Differences(committed, served, "#").Take(30).ToList();
        Assert.Fail("The API serves another document than docs/openapi/v1.json. Review the change, then run " +
                    "'SCC_UPDATE_OPENAPI=1 ./scripts/test.sh --filter FullyQualifiedName~CommittedDocument' to write it, and commit it with " +
                    "its changelog entry. First differences (committed → served):" + Environment.NewLine + string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void EveryObjectSchema_NullableProperties_AreNullableInCodeAndTheOthersAreNot()
    {
        var schemas = ContractFiles.Read(ContractFiles.Committed)["components"]!["schemas"]!.AsObject();
        var types = DocumentedTypes();
        var context = new NullabilityInfoContext();
        var checkedProperties = 0;
        var mismatches = new List<string>();

        foreach (var (id, type) in types)
        {
            foreach (var (schemaId, forRequests) in new[] { (id, false), (id + ExactSchemasFilter.InputSuffix, true) })
            {
                if (schemas[schemaId]?["properties"] is not JsonObject properties) continue;
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always }) continue;
                    var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                    if (properties[name] is not JsonNode documented) continue;
                    // A JSON value of any kind (null included), whatever its C# nullability.
                    if ((Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(System.Text.Json.JsonElement)) continue;
                    var info = context.Create(property);
                    var inCode = Nullable.GetUnderlyingType(property.PropertyType) is not null ||
                                 (forRequests ? info.WriteState : info.ReadState) == NullabilityState.Nullable;
                    if (property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.WhenWritingNull }) inCode = false;
                    checkedProperties++;
                    if (inCode != AllowsNull(documented)) mismatches.Add($"{schemaId}.{name}: code {(inCode ? "nullable" : "not nullable")}, document {(inCode ? "not nullable" : "nullable")}");
                }
            }
        }

        Assert.True(checkedProperties > 500, $"only {checkedProperties} properties checked");
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void RequestSchemas_NullableProperties_MayBeLeftOut()
    {
        var document = ContractFiles.Read(ContractFiles.Committed);
        var schemas = document["components"]!["schemas"]!.AsObject();

        var required = RequestSchemaIds(document).SelectMany(id => (schemas[id]!["required"]?.AsArray() ?? [])
                .Select(r => r!.GetValue<string>()).Where(p => AllowsNull(schemas[id]!["properties"]![p]!)).Select(p => $"{id}.{p}"))
            .ToList();

        Assert.True(required.Count == 0, "A client must send these as null, as they have no default: " + string.Join(", ", required));
    }

    /// <summary>The types behind the document's schemas, found from the operations' bodies and answers by reflection.</summary>
    private Dictionary<string, Type> DocumentedTypes()
    {
        var descriptions = api.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items);
        var pending = new Stack<Type>(descriptions.SelectMany(d => d.ParameterDescriptions.Select(p => p.Type)
            .Concat(d.SupportedResponseTypes.Select(r => r.Type))).OfType<Type>());
        var found = new Dictionary<string, Type>(StringComparer.Ordinal);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            var element = type.IsArray ? type.GetElementType()
                : type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) &&
                  type.GetGenericArguments().Length == 1 ? type.GetGenericArguments()[0] : null;
            if (element is not null)
            {
                pending.Push(element);
                continue;
            }
            if (!type.IsClass || type == typeof(string) || type.Namespace?.StartsWith("Scc.", StringComparison.Ordinal) != true) continue;
            if (!found.TryAdd(SwaggerSetup.SchemaId(type), type)) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) pending.Push(property.PropertyType);
        }
        return found;
    }

    private static HashSet<string> RequestSchemaIds(JsonNode document)
    {
        var roots = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject())
            .Select(o => o.Value?["requestBody"]).OfType<JsonNode>().SelectMany(References);
        var schemas = document["components"]!["schemas"]!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id)) continue;
            foreach (var reference in References(schemas[id]!)) pending.Push(reference);
        }
        return seen;
    }

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject obj when obj["$ref"]?.GetValue<string>() is { } reference => [reference.Split('/')[^1]],
        JsonObject obj => obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(References),
        JsonArray array => array.OfType<JsonNode>().SelectMany(References),
        _ => [],
    };

    private static bool AllowsNull(JsonNode schema) =>
        schema["type"] is JsonArray types ? types.Any(t => t!.GetValue<string>() == "null")
        : schema["type"] is { } type ? type.GetValue<string>() == "null"
        : schema["oneOf"] is JsonArray members ? members.Any(s => AllowsNull(s!))
        // A schema without a type, a reference or members takes any JSON value (a JsonElement), null included.
        : schema["$ref"] is null && schema["anyOf"] is null && schema["allOf"] is null;

    /// <summary>JSON pointers where two documents differ.</summary>
    private static IEnumerable<string> Differences(JsonNode? a, JsonNode? b, string at)
    {
        if (a is JsonObject left && b is JsonObject right)
        {
            foreach (var key in left.Select(p => p.Key).Union(right.Select(p => p.Key)))
            {
                foreach (var difference in Differences(left[key], right[key], at + "/" + key.Replace("~", "~0").Replace("/", "~1"))) yield return difference;
            }
        }
        else if (a is JsonArray first && b is JsonArray second && first.Count == second.Count)
        {
            for (var i = 0; i < first.Count; i++)
            {
                foreach (var difference in Differences(first[i], second[i], $"{at}/{i}")) yield return difference;
            }
        }
        else if (!JsonNode.DeepEquals(a, b))
        {
            yield return $"{at}: {Short(a)} → {Short(b)}";
        }
    }

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "(absent)";
        return text.Length > 120 ? text[..120] + "…" : text;
    }
}
