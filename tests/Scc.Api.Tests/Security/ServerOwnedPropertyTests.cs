using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Scc.Api.Tests.Contract;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>
/// Commands carry values the server sets (route values, the caller, headers) beside what the client sends. A body
/// that names one of them is refused with a 400 naming it, as any unknown property is: never silently dropped.
/// </summary>
public sealed partial class ServerOwnedPropertyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PostApiKey_WithCreatedBy_Returns400NamingItAndCreatesNoKey()
    {
        var body = new JsonObject { ["name"] = "Forged creator", ["scopes"] = new JsonArray("registrations:read"), ["createdBy"] = "someone-else" };

        var problem = await (await api.As("admin").PostJsonAsync("/api/v1/api-keys", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["createdBy"], problem.ErrorKeys());
        Assert.Equal(0, await api.WithDbAsync(db => db.ApiKeys.AsNoTracking().CountAsync(k => k.Name == "Forged creator")));
    }

    [Fact]
    public async Task PostRegistration_WithEventId_Returns400NamingItAndRegistersNobody()
    {
        var eventId = await api.OpenEventAsync("Server-Owned Event Id Seminar");
        var other = await api.OpenEventAsync("Server-Owned Other Seminar");
        var body = new JsonObject
        {
            ["eventId"] = other,
            ["registrant"] = new JsonObject { ["name"] = "Chan Tai Man", ["email"] = "event.id@example.org" },
            ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
        };

        var problem = await (await api.Anonymous().PostJsonAsync($"/api/v1/events/{eventId}/registrations", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["eventId"], problem.ErrorKeys());
        Assert.Equal(0, await api.WithDbAsync(db => db.Registrations.AsNoTracking().CountAsync(r => r.Registrant.Email == "event.id@example.org")));
    }

    /// <summary>
    /// Every documented write with a body, sent as its example plus one property the server owns: each property of the
    /// command that the document's request schema does not list (set from the route, the caller or a header), and each
    /// route value by name.
    /// </summary>
    [Fact]
    public async Task EveryRequestBody_NamingAServerOwnedProperty_Returns400NamingIt()
    {
        var document = ContractFiles.Read(ContractFiles.Committed);
        var bodies = BodyTypes();
        var admin = api.As("admin");
        var failures = new List<string>();
        var tried = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"] is not { } media) continue;
                var schema = Resolve(document, media["schema"]!);
                var documented = schema["properties"]?.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal) ?? [];
                Assert.True(bodies.TryGetValue((method.ToUpperInvariant(), path), out var bodyType), $"{method} {path}: no body type found");
                var serverOwned = bodyType!.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                    .Concat(RouteValue().Matches(path).Select(m => m.Groups[1].Value))
                    .Where(name => !documented.Contains(name))
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                foreach (var name in serverOwned)
                {
                    var body = (media["example"]?.DeepClone() as JsonObject) ?? [];
                    body[name] = Guid.NewGuid().ToString();
                    var url = RouteValue().Replace(path, _ => Guid.NewGuid().ToString());
                    var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
                    {
                        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
                    };
                    var response = await admin.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    tried++;
                    if (response.StatusCode != HttpStatusCode.BadRequest ||
                        JsonNode.Parse(text)?["errors"]?.AsObject().Select(e => e.Key).SequenceEqual([name]) != true)
                        failures.Add($"{method.ToUpperInvariant()} {path} with \"{name}\": {(int)response.StatusCode} {text}");
                }
            }
        }
        Assert.True(tried >= 30, $"only {tried} server-owned properties tried");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// The JSON reader refuses a property it does not know, but skips one it knows and cannot set: a property ignored
    /// for JSON, or one with only a getter. No request body, at any depth, may have such a property.
    /// </summary>
    [Fact]
    public void EveryPropertyTheReaderKnows_InEveryRequestBody_IsOneItSets()
    {
        var json = api.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var pending = new Stack<Type>(BodyTypes().Values.Distinct());
        var seen = new HashSet<Type>();
        var skipped = new List<string>();
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type)) continue;
            var info = json.GetTypeInfo(type);
            if (info.ElementType is { } element) pending.Push(element);
            if (info.KeyType is { } key) pending.Push(key);
            if (info.Kind != JsonTypeInfoKind.Object) continue;
            foreach (var property in info.Properties)
            {
                if (property.Set is null && property.AssociatedParameter is null) skipped.Add($"{type.Name}.{property.Name}");
                pending.Push(property.PropertyType);
            }
        }
        Assert.True(seen.Count > 20, $"only {seen.Count} types walked");
        Assert.True(skipped.Count == 0, "Known to the reader but never set: " + string.Join(", ", skipped));
    }

    /// <summary>Each documented write's body type, by method and path as the document writes them.</summary>
    private Dictionary<(string Method, string Path), Type> BodyTypes() =>
        api.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.ParameterDescriptions.Any(p => p.Source.Id == "Body"))
            .ToDictionary(d => (d.HttpMethod!, "/" + RouteConstraint().Replace(d.RelativePath!, "{$1}").TrimEnd('/')),
                d => Nullable.GetUnderlyingType(d.ParameterDescriptions.First(p => p.Source.Id == "Body").Type) ?? d.ParameterDescriptions.First(p => p.Source.Id == "Body").Type);

    private static JsonNode Resolve(JsonNode document, JsonNode schema)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference) return document["components"]!["schemas"]![reference.Split('/')[^1]]!;
        // An optional body: oneOf a reference and null.
        if (schema["oneOf"]?.AsArray().Select(s => s?["$ref"]).OfType<JsonNode>().FirstOrDefault() is { } inner)
            return document["components"]!["schemas"]![inner.GetValue<string>().Split('/')[^1]]!;
        return schema;
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex(@"\{([A-Za-z]+)(:[^}]+)?\}")]
    private static partial Regex RouteConstraint();
}
