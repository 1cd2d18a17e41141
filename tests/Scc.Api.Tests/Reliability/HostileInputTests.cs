using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Scc.Api.Tests.Support;
using Xunit.Abstractions;

namespace Scc.Api.Tests.Reliability;

/// <summary>
/// Every case of the hostile-input corpus (hostile-inputs.json) against every documented write endpoint:
/// never a 5xx, a problem body for every 4xx, and nothing written unless the answer is a 2xx.
/// </summary>
public sealed partial class HostileInputTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    private const string Placeholder = "\u0001hostile\u0001";

    private static readonly string[] WriteMethods = ["post", "put", "patch", "delete"];
    private static readonly string[] EnumKeys = ["kind", "type", "status", "mode", "role", "format", "sccRole", "language"];

    private sealed record Case(string Kind, string Name, JsonNode? Value);

    private sealed record Operation(string Method, string Path, JsonNode? Example);

    private static List<Case> Corpus()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Reliability", "hostile-inputs.json");
        return JsonNode.Parse(File.ReadAllText(file))!["cases"]!.AsArray()
            .Select(c => new Case(c!["kind"]!.GetValue<string>(), c["name"]!.GetValue<string>(), c["value"]?.DeepClone())).ToList();
    }

    [Fact]
    public void Corpus_HoldsAtLeast300Cases() => Assert.True(Corpus().Count >= 300, $"{Corpus().Count} cases");

    [Fact]
    public async Task EveryWriteEndpoint_UnderEveryHostileCase_AnswersWithoutA5xxAndWritesNothingOnRefusal()
    {
        var admin = api.As("admin");
        admin.Timeout = TimeSpan.FromSeconds(60);
        var targets = await ExampleTargets.CreateAsync(api, admin);
        var document = JsonNode.Parse(await admin.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => WriteMethods.Contains(o.Key))
                .Select(o => new Operation(o.Key.ToUpperInvariant(), p.Key, o.Value!["requestBody"]?["content"]?["application/json"]?["example"])))
            .ToList();
        var bodyLimits = BodyLimits();
        var corpus = Corpus();
        await using var database = NpgsqlDataSource.Create(api.ConnectionString);
        var fingerprint = await FingerprintQueryAsync(database);

        var failures = new List<string>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var requests = 0;
        foreach (var operation in operations)
        {
            foreach (var hostile in corpus)
            {
                foreach (var request in Build(operation, targets, hostile))
                {
                    using (request)
                    {
                        var before = await FingerprintAsync(database, fingerprint);
                        var size = request.Content?.Headers.ContentLength ?? 0;
                        var (status, contentType, body) = await SendAsync(admin, request);
                        requests++;
                        var bucket = status == 0 ? "connection closed" : $"{status / 100}xx";
                        counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
                        var where = $"{operation.Method} {operation.Path} [{hostile.Name}]";
                        if (status == 0 && size <= bodyLimits(operation)) failures.Add($"{where}: the connection was closed without an answer");
                        // Kestrel itself refuses a request line that is not valid HTTP (NUL or broken UTF-8 in the path)
                        // with a bare 400, before any application code runs.
                        var refusedByKestrel = status == 400 && contentType is null && hostile.Kind == "pathParameter" &&
                                               MalformedTarget().IsMatch(hostile.Value!.GetValue<string>());
                        if (status >= 500) failures.Add($"{where}: {status} {Trim(body)}");
                        else if (status >= 400 && !refusedByKestrel && (contentType != "application/problem+json" || !body.Contains("\"code\"", StringComparison.Ordinal)))
                            failures.Add($"{where}: {status} without a problem body: {contentType} {Trim(body)}");
                        if (status is < 200 or >= 300 && await FingerprintAsync(database, fingerprint) != before)
                            failures.Add($"{where}: {status}, yet the database changed");
                    }
                }
            }
        }

        var report = $"hostile inputs: {corpus.Count} cases x {operations.Count} write endpoints, {requests} requests: " +
                     string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}")) + $", {failures.Count} failures";
        output.WriteLine(report);
        await File.WriteAllLinesAsync(Artifacts.Path("reports", "hostile-inputs-failures.log"), failures);
        await Artifacts.WriteReportAsync("hostile-inputs", report);
        Assert.True(operations.Count >= 30, $"only {operations.Count} write endpoints found");
        Assert.True(failures.Count == 0, report + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(30)));
    }

    /// <summary>
    /// Each operation's body limit (its own, or the server's); above it Kestrel answers 413 before reading the body and
    /// may close the connection while the client still sends, so a client can see only the closed connection.
    /// </summary>
    private Func<Operation, long> BodyLimits()
    {
        var serverLimit = api.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize ?? long.MaxValue;
        var limits = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => (
                Key: method + " " + RouteParameter().Replace(e.RoutePattern.RawText!.Replace("v{version:apiVersion}", "v1", StringComparison.Ordinal), "{$1}"),
                Limit: e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()!.MaxRequestBodySize!.Value)))
            .ToDictionary(e => e.Key, e => e.Limit);
        return operation => limits.GetValueOrDefault($"{operation.Method} {operation.Path}", serverLimit);
    }

    private static string Trim(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static async Task<(int Status, string? ContentType, string Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            using var response = await client.SendAsync(request);
            return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            // Kestrel refuses an oversized body by answering 413 and closing the connection while the client still
            // sends; some clients then see only the closed connection. Nothing was read, so nothing was written.
            return (0, null, "");
        }
    }

    /// <summary>Row counts and the sum of row versions of every table: any insert, update or delete changes it.</summary>
    private static async Task<string> FingerprintQueryAsync(NpgsqlDataSource database)
    {
        var tables = new List<string>();
        await using (var command = database.CreateCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return string.Join(" UNION ALL ", tables.Select(t =>
            $"SELECT '{t}' || ':' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM \"{t}\""));
    }

    private static async Task<string> FingerprintAsync(NpgsqlDataSource database, string query)
    {
        await using var command = database.CreateCommand($"SELECT string_agg(f, ',') FROM ({query}) AS t(f)");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static IEnumerable<HttpRequestMessage> Build(Operation operation, ExampleTargets targets, Case hostile)
    {
        var url = targets.Url(operation.Path);
        if (hostile.Kind == "pathParameter")
        {
            if (!operation.Path.Contains('{', StringComparison.Ordinal)) yield break;
            var value = hostile.Value!.GetValue<string>();
            var mutated = PathParameter().Replace(operation.Path, value);
            yield return operation.Example is null
                ? new HttpRequestMessage(new HttpMethod(operation.Method), mutated)
                : Request(operation.Method, mutated, operation.Example.ToJsonString());
            yield break;
        }
        if (operation.Example is null) yield break;
        var example = operation.Example;
        var text = example.ToJsonString();
        switch (hostile.Kind)
        {
            case "rawBody":
                yield return Request(operation.Method, url, hostile.Value!.GetValue<string>());
                break;
            case "contentType":
                var type = hostile.Value!.GetValue<string>();
                var typed = new HttpRequestMessage(new HttpMethod(operation.Method), url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(text)) };
                if (type != "none") typed.Content.Headers.TryAddWithoutValidation("Content-Type", type);
                yield return typed;
                break;
            case "charsetBody":
                var charset = hostile.Value!.GetValue<string>();
                var encoding = charset == "x-unknown" ? Encoding.UTF8 : Encoding.GetEncoding(charset);
                var encoded = new HttpRequestMessage(new HttpMethod(operation.Method), url) { Content = new ByteArrayContent(encoding.GetBytes(text)) };
                encoded.Content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");
                yield return encoded;
                break;
            case "invalidUtf8":
                if (Mutate(example, Strings, first: true, _ => JsonValue.Create(Placeholder)) is not { } withPlaceholder) break;
                var bytes = Encoding.UTF8.GetBytes(withPlaceholder);
                var marker = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Placeholder)[1..^1]);
                var at = bytes.AsSpan().IndexOf(marker);
                var damaged = bytes[..at].Concat(Convert.FromHexString(hostile.Value!.GetValue<string>())).Concat(bytes[(at + marker.Length)..]).ToArray();
                yield return Request(operation.Method, url, damaged);
                break;
            case "truncate":
                var utf8 = Encoding.UTF8.GetBytes(text);
                yield return Request(operation.Method, url, utf8[..(int)(utf8.Length * hostile.Value!.GetValue<double>())]);
                break;
            case "deepArrays" or "deepObjects":
                var depth = hostile.Value!.GetValue<int>();
                var nested = hostile.Kind == "deepArrays"
                    ? new string('[', depth) + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                if (RawFirstMember(example, nested) is { } deep) yield return Request(operation.Method, url, deep);
                break;
            case "longStrings":
                var length = hostile.Value!.GetValue<int>();
                if (Mutate(example, Strings, first: false, _ => JsonValue.Create(new string('長', length))) is { } longText)
                    yield return Request(operation.Method, url, longText);
                break;
            case "bigArrays":
                var items = hostile.Value!.GetValue<int>();
                if (Mutate(example, n => n is JsonArray, first: false, n => new JsonArray([.. Enumerable.Range(0, items)
                        .Select(_ => ((JsonArray)n).FirstOrDefault()?.DeepClone() ?? JsonValue.Create("x"))])) is { } big)
                    yield return Request(operation.Method, url, big);
                break;
            case "hugeBody":
                if (example is JsonObject hugeRoot)
                {
                    var padded = (JsonObject)hugeRoot.DeepClone();
                    padded["padding"] = new string('x', hostile.Value!.GetValue<int>());
                    yield return Request(operation.Method, url, padded.ToJsonString());
                }
                break;
            case "duplicateKey":
                if (DuplicateKeys(example, hostile.Value!.GetValue<string>()) is { } duplicated) yield return Request(operation.Method, url, duplicated);
                break;
            case "extraProperty":
                if (example is JsonObject extraRoot)
                {
                    var extra = (JsonObject)extraRoot.DeepClone();
                    var name = hostile.Value!.GetValue<string>();
                    extra[name] = name.Contains("id", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString() : JsonValue.Create("confirmed");
                    yield return Request(operation.Method, url, extra.ToJsonString());
                }
                break;
            case "everyString" or "firstString":
                // The corpus holds these as JSON string literals, so that a lone surrogate reaches the server as a client could send it.
                var token = hostile.Value!.GetValue<string>();
                var firstOnly = hostile.Kind == "firstString";
                if (Mutate(example, Strings, firstOnly, _ => JsonValue.Create(Placeholder)) is { } strings)
                    yield return Request(operation.Method, url, strings.Replace(JsonSerializer.Serialize(Placeholder), token, StringComparison.Ordinal));
                break;
            case "everyNumber":
                if (MutateRaw(example, n => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number, hostile.Value!.GetValue<string>()) is { } numbers)
                    yield return Request(operation.Method, url, numbers);
                break;
            case "everyDate":
                var date = hostile.Value!.GetValue<string>();
                if (Mutate(example, IsDate, first: false, _ => JsonValue.Create(date)) is { } dates) yield return Request(operation.Method, url, dates);
                break;
            case "timeZone":
                var zone = hostile.Value!.GetValue<string>();
                if (Mutate(example, n => NameOf(n) == "timeZone", first: false, _ => JsonValue.Create(zone)) is { } zones)
                    yield return Request(operation.Method, url, zones);
                break;
            case "everyEnum":
                var member = hostile.Value!.GetValue<string>();
                if (Mutate(example, IsEnum, first: false, _ => JsonValue.Create(member)) is { } enums) yield return Request(operation.Method, url, enums);
                break;
            case "everyLeafAs":
                var replacement = hostile.Value!.GetValue<string>();
                if (Mutate(example, n => n is JsonValue, first: false, _ => Replacement(replacement)) is { } leaves) yield return Request(operation.Method, url, leaves);
                break;
            case "rootMembersAs":
                if (example is JsonObject membersRoot)
                {
                    var members = (JsonObject)membersRoot.DeepClone();
                    foreach (var key in members.Select(m => m.Key).ToList()) members[key] = Replacement(hostile.Value!.GetValue<string>());
                    yield return Request(operation.Method, url, members.ToJsonString());
                }
                break;
            default:
                throw new InvalidOperationException($"Unknown corpus case kind '{hostile.Kind}'.");
        }
    }

    private static HttpRequestMessage Request(string method, string url, string body) => Request(method, url, Encoding.UTF8.GetBytes(body));

    private static HttpRequestMessage Request(string method, string url, byte[] body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return request;
    }

    private static JsonNode? Replacement(string name) => name switch
    {
        "null" => null,
        "emptyObject" => new JsonObject(),
        "emptyArray" => new JsonArray(),
        "true" => JsonValue.Create(true),
        "zero" => JsonValue.Create(0),
        "emptyString" => JsonValue.Create(""),
        "negative" => JsonValue.Create(-1),
        "nestedArray" => new JsonArray(new JsonArray(new JsonArray())),
        "string" => JsonValue.Create("text"),
        _ => throw new InvalidOperationException($"Unknown replacement '{name}'."),
    };

    private static bool Strings(JsonNode node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    private static bool IsDate(JsonNode node) => Strings(node) && DateLike().IsMatch(node.GetValue<string>());

    private static bool IsEnum(JsonNode node) => Strings(node) &&
        (EnumKeys.Contains(NameOf(node)) || node.Parent is JsonArray list && NameOf(list) == "kinds");

    private static string? NameOf(JsonNode node) => node.Parent is JsonObject ? node.GetPropertyName() : null;

    /// <summary>The example with the matching nodes (or the first) replaced; null when nothing matches.</summary>
    private static string? Mutate(JsonNode example, Func<JsonNode, bool> matches, bool first, Func<JsonNode, JsonNode?> replace)
    {
        var copy = example.DeepClone();
        var found = Descendants(copy).Where(matches).ToList();
        if (found.Count == 0) return null;
        foreach (var node in first ? found.Take(1) : found) node.ReplaceWith(replace(node));
        return copy.ToJsonString();
    }

    /// <summary>Like <see cref="Mutate"/>, with a raw JSON token that a node cannot hold (1e309, 0x10...).</summary>
    private static string? MutateRaw(JsonNode example, Func<JsonNode, bool> matches, string token) =>
        Mutate(example, matches, first: false, _ => JsonValue.Create(Placeholder))?.Replace(JsonSerializer.Serialize(Placeholder), token, StringComparison.Ordinal);

    private static string? RawFirstMember(JsonNode example, string raw) =>
        example is JsonObject { Count: > 0 } root
            ? MutateRaw(root, n => n.Parent == root && n.GetPropertyName() == root.First().Key, raw)
            : null;

    private static string? DuplicateKeys(JsonNode example, string which)
    {
        if (example is not JsonObject { Count: > 0 } root) return null;
        var members = root.Select(m => $"{JsonSerializer.Serialize(m.Key)}:{m.Value?.ToJsonString() ?? "null"}").ToList();
        var repeated = which switch
        {
            "first" => members.Take(1),
            "last" => members.TakeLast(1),
            _ => members,
        };
        return "{" + string.Join(",", members.Concat(repeated)) + "}";
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var child in obj.Select(m => m.Value).Where(v => v is not null).ToList())
                {
                    yield return child!;
                    foreach (var below in Descendants(child!)) yield return below;
                }
                break;
            case JsonArray array:
                foreach (var child in array.Where(v => v is not null).ToList())
                {
                    yield return child!;
                    foreach (var below in Descendants(child!)) yield return below;
                }
                break;
        }
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex("%(00|ff|c0)", RegexOptions.IgnoreCase)]
    private static partial Regex MalformedTarget();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex DateLike();
}
