using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Contract;

/// <summary>The committed document (docs/openapi/v1.json) is the one the API serves, and asks no client to send a null.</summary>
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
        Assert.Fail("The API serves another document than docs/openapi/v1.json. Review the change, then run ./scripts/update-openapi.sh " +
                    "to write it (with its examples and the TypeScript client's types), and commit it with its changelog entry. " +
                    "First differences (committed → served):" + Environment.NewLine + string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public void RequestSchemas_NullableProperties_MayBeLeftOut()
    {
        var document = ContractFiles.Read(ContractFiles.Committed);
        var schemas = document["components"]!["schemas"]!.AsObject();

        var required = RequestSchemaIds(document).SelectMany(id => (schemas[id]!["required"]?.AsArray() ?? [])
                .Select(r => r!.GetValue<string>()).Where(p => ContractSchemas.AllowsNull(schemas[id]!["properties"]![p]!)).Select(p => $"{id}.{p}"))
            .ToList();

        Assert.True(required.Count == 0, "A client must send these as null, as they have no default: " + string.Join(", ", required));
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
