using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using Scc.Api.OpenApi;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests.Contract;

/// <summary>
/// Every documented operation, called over HTTP on the demo data by every kind of caller (anonymous, editor, admin,
/// API key), writes sent from their examples: each answer's status must be documented for the operation, its body
/// must validate against the committed document's schema for that status (problems included), and the headers the
/// document says it carries must be there. Then the answers a client is promised besides: 304, 404, 412, 400, 415, HEAD.
/// And every property the document makes nullable is nullable in the C# code, and the others are not.
/// </summary>
public sealed class ConformanceTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    private static readonly string[] Methods = ["get", "post", "put", "delete"];

    [Fact]
    public async Task EveryOperation_CalledByEveryKindOfCaller_AnswersAsTheCommittedDocumentSays()
    {
        var document = ContractFiles.Read(ContractFiles.Committed);
        var run = new Run(document, new ContractSchemas(document), api.Anonymous().BaseAddress!);
        var admin = api.As("admin");
        var callers = new List<Caller>
        {
            new("anonymous", api.Anonymous()),
            new("editor", api.As("editor")),
            new("admin", admin),
            new("API key", api.WithKey((await api.CreateKeyAsync([.. ApiKeyScopes.All])).Secret)),
        };
        var targets = await ExampleTargets.CreateAsync(api, admin, demoData: true);
        var operations = Operations(document).ToList();
        var registration = await RegistrationAsync(targets, operations);
        // The manage operations that take the token in a header act on the same registration; every other operation ignores it.
        foreach (var caller in callers) caller.Client.DefaultRequestHeaders.Add(Scc.Api.Endpoints.V1.RegistrationsEndpoints.ManageTokenHeader, registration.Token);
        await targets.AddSlugsAsync(admin, operations.Where(o => o.Path.Contains("/by-slug/{slug}", StringComparison.Ordinal)).Select(o => o.Path));
        var webhookEvents = await (await admin.GetAsync("/api/v1/webhooks/events?limit=1")).AssertJsonAsync(HttpStatusCode.OK);
        var webhookEventId = webhookEvents["items"]![0]!["id"]!.GetValue<string>();

        // Reads first, by every caller, with HEAD beside each GET, and each other documented form of the answer.
        foreach (var operation in operations.Where(o => o.Method == "get"))
        {
            var url = Url(operation, targets, registration, webhookEventId);
            var reader = callers.Last(c => run.Allows(operation, c) && c.Name != "API key");
            // An image rendition's type is chosen by its address (.webp, .jpg, .png), not negotiated.
            var negotiated = !operation.Path.StartsWith("/api/v1/images/", StringComparison.Ordinal);
            foreach (var mediaType in negotiated ? operation.Responses["200"]?["content"]?.AsObject().Select(c => c.Key).Skip(1) ?? [] : [])
            {
                var alternative = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Accept = { new MediaTypeWithQualityHeaderValue(mediaType) } } };
                var answer = await run.CheckAsync(operation, reader, await reader.Client.SendAsync(alternative));
                run.Expect(answer.Content.Headers.ContentType?.MediaType == mediaType,
                    $"GET {operation.Path} asking for {mediaType}: {(int)answer.StatusCode} {answer.Content.Headers.ContentType} {await answer.Content.ReadAsStringAsync()}");
            }
            foreach (var caller in callers)
            {
                var answer = await run.CheckAsync(operation, caller, await caller.Client.GetAsync(url));
                await CheckHeadAsync(run, caller, url, answer);
                if (answer.Headers.ETag is { } etag && operation.Responses["304"] is not null)
                {
                    var conditional = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { etag } } };
                    var notModified = await run.CheckAsync(operation, caller, await caller.Client.SendAsync(conditional));
                    run.Expect(notModified.StatusCode == HttpStatusCode.NotModified, $"GET {operation.Path} with If-None-Match as {caller.Name}: {notModified.StatusCode}");
                }
            }
        }

        // Every item of the demo data read on its own, as staff and as anyone: the demo data holds the nulls and the
        // odd cases (no venue, no date yet, no Chinese title) that the targets above do not.
        foreach (var operation in operations.Where(o => o.Method == "get" && o.Path.EndsWith("/{id}", StringComparison.Ordinal)))
        {
            var collection = operation.Path[..^"/{id}".Length];
            if (!operations.Any(o => o.Method == "get" && o.Path == collection)) continue;
            var list = await admin.GetAsync(collection + "?limit=100");
            if (!list.IsSuccessStatusCode) continue;
            // A page holds its items; a short list (the event series) is the array itself.
            var answer = JsonNode.Parse(await list.Content.ReadAsStringAsync())!;
            foreach (var id in (answer as JsonArray ?? answer["items"]!.AsArray()).Select(i => i!["id"]!.GetValue<string>()))
            {
                foreach (var caller in new[] { callers[0], callers[2] }.Where(c => run.Allows(operation, c)))
                {
                    await run.CheckAsync(operation, caller, await caller.Client.GetAsync(collection + "/" + id));
                }
            }
        }

        await CheckStaleIfMatchAsync(run, operations, callers[2], targets, registration);

        // Writes from their examples, in an order the domain allows (publish, postpone, cancel, then unpublish; deletions last), by
        // the caller the operation is for; every other caller is refused first.
        foreach (var operation in operations.Where(o => o.Method != "get").OrderBy(WriteOrder))
        {
            var url = Url(operation, targets, registration, webhookEventId);
            foreach (var caller in callers.Where(c => !run.Allows(operation, c)))
            {
                await run.CheckAsync(operation, caller, await caller.Client.SendAsync(Write(operation, url)));
            }
            var author = callers.Where(c => run.Allows(operation, c)).OrderBy(c => c.Name == "anonymous" ? 0 : c.Name == "editor" ? 1 : 2).First();
            var written = await run.CheckAsync(operation, author, await author.Client.SendAsync(Write(operation, url)));
            // A write with an example must be accepted as it stands; one without (a transition, a deletion) must answer as
            // documented. A registration decision's body is accepted when the answer is no 400: whether the decision applies
            // depends on the registration's state (the run's one is a confirmed attendee), and its 409 is documented.
            run.Expect(written.IsSuccessStatusCode || operation.Example is null ||
                       operation.Path.StartsWith(RegistrationDecisions, StringComparison.Ordinal) && written.StatusCode != HttpStatusCode.BadRequest,
                $"{operation} from its example as {author.Name}: {(int)written.StatusCode} {await written.Content.ReadAsStringAsync()}");
        }

        // The problems every client must be ready for, each as documented.
        foreach (var operation in operations.Where(o => o.Path.Contains('{', StringComparison.Ordinal)))
        {
            var author = callers.Last(c => run.Allows(operation, c) && c.Name != "API key");
            var unknown = Url(operation, targets, registration, webhookEventId, unknownIds: true);
            var answer = await run.CheckAsync(operation, author, await author.Client.SendAsync(Write(operation, unknown)));
            run.Expect(answer.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest,
                $"{operation} with unknown ids as {author.Name}: {(int)answer.StatusCode}");
        }
        // Each value a query parameter's enum names is one the API takes.
        foreach (var operation in operations.Where(o => o.Method == "get"))
        {
            var author = callers.Last(c => run.Allows(operation, c) && c.Name != "API key");
            var url = Url(operation, targets, registration, webhookEventId);
            foreach (var (name, value) in EnumValues(document, operation))
            {
                var answer = await run.CheckAsync(operation, author, await author.Client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") +
                    $"{name}={Uri.EscapeDataString(value)}"));
                run.Expect(answer.StatusCode != HttpStatusCode.BadRequest, $"{operation} with {name}={value}, a documented value: 400 {await answer.Content.ReadAsStringAsync()}");
            }
        }
        foreach (var operation in operations.Where(o => o.Method == "get" && o.Parameters.Any(p => p == "limit")))
        {
            var author = callers.Last(c => run.Allows(operation, c) && c.Name != "API key");
            var url = Url(operation, targets, registration, webhookEventId);
            var answer = await run.CheckAsync(operation, author, await author.Client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "limit=0"));
            run.Expect(answer.StatusCode == HttpStatusCode.BadRequest, $"{operation} with limit=0: {(int)answer.StatusCode}");
        }
        foreach (var operation in operations.Where(o => o.Example is not null).Take(3))
        {
            var author = callers.Last(c => run.Allows(operation, c) && c.Name != "API key");
            var request = Write(operation, Url(operation, targets, registration, webhookEventId));
            request.Content = new StringContent(operation.Example!.ToJsonString(), Encoding.UTF8, "text/plain");
            var answer = await run.CheckAsync(operation, author, await author.Client.SendAsync(request));
            run.Expect(answer.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{operation} sent as text/plain: {(int)answer.StatusCode}");
        }

        await Artifacts.WriteReportAsync("openapi-conformance", run.Summary(operations.Count));
        Assert.True(run.Failures.Count == 0, string.Join(Environment.NewLine, run.Failures.Take(60)));
        Assert.True(run.ByClass.GetValueOrDefault("2xx") > operations.Count, run.Summary(operations.Count));
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
                    if (inCode != ContractSchemas.AllowsNull(documented)) mismatches.Add($"{schemaId}.{name}: code {(inCode ? "nullable" : "not nullable")}, document {(inCode ? "not nullable" : "nullable")}");
                }
            }
        }

        Assert.True(checkedProperties > 500, $"only {checkedProperties} properties checked");
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
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

    /// <summary>A write sent with a stale If-Match is refused with a documented 412, and changes nothing.</summary>
    private static async Task CheckStaleIfMatchAsync(Run run, List<Operation> operations, Caller admin, ExampleTargets targets, (string Id, string Token) registration)
    {
        var update = operations.Single(o => o.Method == "put" && o.Path == "/api/v1/events/{id}");
        var request = Write(update, Url(update, targets, registration, ""));
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var answer = await run.CheckAsync(update, admin, await admin.Client.SendAsync(request));
        run.Expect(answer.StatusCode == HttpStatusCode.PreconditionFailed, $"{update} with a stale If-Match: {(int)answer.StatusCode}");
    }

    private static async Task CheckHeadAsync(Run run, Caller caller, string url, HttpResponseMessage get)
    {
        var head = await caller.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        var where = $"HEAD {url} as {caller.Name}";
        run.Expect(head.StatusCode == get.StatusCode, $"{where}: {head.StatusCode}, GET: {get.StatusCode}");
        run.Expect((await head.Content.ReadAsByteArrayAsync()).Length == 0, $"{where}: a body");
        run.Expect(get.Content.Headers.ContentType?.MediaType == head.Content.Headers.ContentType?.MediaType, $"{where}: {head.Content.Headers.ContentType}, GET: {get.Content.Headers.ContentType}");
        run.Expect(Equals(get.Headers.ETag, head.Headers.ETag), $"{where}: ETag {head.Headers.ETag}, GET: {get.Headers.ETag}");
    }

    /// <summary>The values of the operation's query parameters that have a closed set (themselves, or as list items).</summary>
    private static IEnumerable<(string Name, string Value)> EnumValues(JsonNode document, Operation operation)
    {
        foreach (var parameter in operation.Body["parameters"]?.AsArray() ?? [])
        {
            if (parameter!["in"]!.GetValue<string>() != "query") continue;
            var schema = parameter["schema"]!;
            var values = schema["items"] ?? schema;
            if (values["$ref"]?.GetValue<string>() is { } reference) values = document["components"]!["schemas"]![reference.Split('/')[^1]]!;
            foreach (var value in values["enum"]?.AsArray() ?? []) yield return (parameter["name"]!.GetValue<string>(), value!.GetValue<string>());
        }
    }

    /// <summary>The staff's decisions on a registration (approve, reject, promote, cancel, check in).</summary>
    public const string RegistrationDecisions = "/api/v1/events/{eventId}/registrations/{id}/";

    private static int WriteOrder(Operation operation) =>
        operation.Method == "delete" ? 5 : operation.Path.EndsWith("/unpublish", StringComparison.Ordinal) ? 4 : operation.Path.EndsWith("/cancel", StringComparison.Ordinal) ? 3 :
        operation.Path.EndsWith("/postpone", StringComparison.Ordinal) ? 2 : operation.Path.EndsWith("/terminate", StringComparison.Ordinal) ? 1 : 0;

    private static HttpRequestMessage Write(Operation operation, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), url);
        if (operation.Example is { } example) request.Content = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json");
        else if (operation.Body["requestBody"]?["content"]?["multipart/form-data"] is not null) request.Content = ImageUpload();
        return request;
    }

    /// <summary>An upload form (an image's operations): a PNG made here, with its alternative text in both languages.</summary>
    private static MultipartFormDataContent ImageUpload()
    {
        var file = new ByteArrayContent(TestImages.Png(1200, 800));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent
        {
            { file, "file", "poster.png" },
            { new StringContent("Smart City Seminar: speakers on stage"), "altEn" },
            { new StringContent("智慧城市研討會：台上講者"), "altZhHant" },
        };
    }

    /// <summary>The path with its parameters filled in, and the query parameters the operation requires (from their examples).</summary>
    private static string Url(Operation operation, ExampleTargets targets, (string Id, string Token) registration, string webhookEventId, bool unknownIds = false)
    {
        // A registration's own operations act on the registration made for this run.
        var template = operation.Path.StartsWith("/api/v1/registrations/{id}", StringComparison.Ordinal) || operation.Path.Contains("/registrations/{id}/", StringComparison.Ordinal)
            ? operation.Path.Replace("{id}", registration.Id, StringComparison.Ordinal)
            : operation.Path;
        // A webhook event's redelivery names an event of the webhooks' own (an outbox row), not a consortium event.
        template = template.Replace("/events/{eventId}/redeliver", $"/events/{webhookEventId}/redeliver", StringComparison.Ordinal);
        var path = targets.Url(template).Replace("{token}", registration.Token, StringComparison.Ordinal)
            .Replace("{deliveryId}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        if (unknownIds)
        {
            path = operation.Path.Replace("{token}", "unknown-token", StringComparison.Ordinal).Replace("{slug}", "no-such-slug", StringComparison.Ordinal);
            foreach (var name in new[] { "{id}", "{eventId}", "{deliveryId}" }) path = path.Replace(name, Guid.NewGuid().ToString(), StringComparison.Ordinal);
        }
        var query = string.Join('&', operation.RequiredQuery.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Example)}"));
        return query.Length == 0 ? path : path + "?" + query;
    }

    /// <summary>A registration's id and manage token, from the submission example sent with another address (the example's stays free).</summary>
    private async Task<(string Id, string Token)> RegistrationAsync(ExampleTargets targets, List<Operation> operations)
    {
        const string path = "/api/v1/events/{eventId}/registrations";
        var body = operations.Single(o => o.Method == "post" && o.Path == path).Example!.DeepClone();
        body["registrant"]!["email"] = "conformance@example.com";
        var created = await (await api.Anonymous().PostJsonAsync(targets.Url(path), body)).AssertJsonAsync(HttpStatusCode.Created);
        return (created["registration"]!["id"]!.GetValue<string>(), created["manageToken"]!.GetValue<string>());
    }

    private static IEnumerable<Operation> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item![method] is not JsonObject operation) continue;
                var parameters = operation["parameters"]?.AsArray().Select(p => p!) ?? [];
                var requiredQuery = parameters.Where(p => p["in"]!.GetValue<string>() == "query" && p["required"]?.GetValue<bool>() == true)
                    .Select(p => (Name: p["name"]!.GetValue<string>(), Example: (p["example"] ?? p["schema"]!["example"])!.ToString()))
                    .ToList();
                yield return new Operation(path, method, operation, requiredQuery,
                    [.. parameters.Select(p => p["name"]!.GetValue<string>())],
                    operation["requestBody"]?["content"]?["application/json"]?["example"]);
            }
        }
    }

    private sealed record Caller(string Name, HttpClient Client);

    private sealed record Operation(string Path, string Method, JsonObject Body, List<(string Name, string Example)> RequiredQuery,
        List<string> Parameters, JsonNode? Example)
    {
        public JsonObject Responses => Body["responses"]!.AsObject();

        public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";
    }

    /// <summary>The checks of one run and what they found.</summary>
    private sealed class Run(JsonNode document, ContractSchemas schemas, Uri server)
    {
        private readonly HashSet<string> captured = [];

        public List<string> Failures { get; } = [];

        public Dictionary<string, int> ByClass { get; } = [];

        public int Validated { get; private set; }

        /// <summary>A response, or the shared one it refers to.</summary>
        private JsonNode? Resolve(JsonNode? response) =>
            response?["$ref"]?.GetValue<string>() is { } reference ? document["components"]!["responses"]![reference.Split('/')[^1]] : response;

        public void Expect(bool condition, string failure)
        {
            if (!condition) Failures.Add(failure);
        }

        public bool Allows(Operation operation, Caller caller)
        {
            var security = operation.Body["security"]?.AsArray() ?? document["security"]?.AsArray() ?? [];
            if (security.Count == 0 || security.Any(s => s!.AsObject().Count == 0)) return true;
            return security.Any(requirement => requirement!.AsObject().Any(scheme => (scheme.Key, caller.Name) switch
            {
                ("Bearer", "editor" or "admin") => scheme.Value!.AsArray().Select(r => r!.GetValue<string>()).Contains(caller.Name),
                // The run's key has every scope.
                ("ApiKey", "API key") => scheme.Value!.AsArray().All(scope => ApiKeyScopes.All.Contains(scope!.GetValue<string>())),
                _ => false,
            }));
        }

        public async Task<HttpResponseMessage> CheckAsync(Operation operation, Caller caller, HttpResponseMessage response)
        {
            var status = (int)response.StatusCode;
            var where = $"{operation} as {caller.Name}: {status}";
            var statusClass = $"{status / 100}xx";
            ByClass[statusClass] = ByClass.GetValueOrDefault(statusClass) + 1;
            var allowed = Allows(operation, caller);
            if (allowed == (status is 401 or 403)) Failures.Add($"{where}: the document says this caller {(allowed ? "may" : "may not")} call it");
            if (status >= 500) Failures.Add($"{where}: {await response.Content.ReadAsStringAsync()}");
            if (Resolve(operation.Responses[status.ToString(CultureInfo.InvariantCulture)]) is not JsonObject documented)
            {
                Failures.Add($"{where}: status not documented ({await response.Content.ReadAsStringAsync()})");
                return response;
            }
            foreach (var (name, header) in documented["headers"]?.AsObject() ?? [])
            {
                var present = response.Headers.NonValidated.Contains(name) || response.Content.Headers.NonValidated.Contains(name);
                if (header!["required"]?.GetValue<bool>() == true && !present) Failures.Add($"{where}: the documented header {name} is missing");
            }
            var body = await response.Content.ReadAsByteArrayAsync();
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var content = documented["content"]?.AsObject();
            if (body.Length == 0)
            {
                if (content is not null && status != 304) Failures.Add($"{where}: no body, though the document gives one");
                return response;
            }
            if (mediaType is null || content?[mediaType] is not JsonObject media)
            {
                Failures.Add($"{where}: a {mediaType} body, which the document does not give ({string.Join(", ", content?.Select(c => c.Key) ?? [])})");
                return response;
            }
            var isJson = mediaType.EndsWith("json", StringComparison.Ordinal);
            if (media["schema"] is { } schema && isJson)
            {
                using var json = JsonDocument.Parse(body);
                var errors = schemas.Validate(schema, json.RootElement);
                Validated++;
                if (errors.Count > 0) Failures.Add($"{where}: the body does not match its schema:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}");
                else if (status / 100 == 2) await CaptureAsync(operation, status, mediaType, body);
            }
            else if (status / 100 == 2)
            {
                await CaptureAsync(operation, status, mediaType, body);
            }
            return response;
        }

        /// <summary>
        /// With SCC_UPDATE_OPENAPI=1, keeps the operation's first valid answer of each status and media type as the
        /// document's example where it has none (lists cut to two items, the test server's address made the usual local one).
        /// </summary>
        private async Task CaptureAsync(Operation operation, int status, string mediaType, byte[] body)
        {
            var json = mediaType.EndsWith("json", StringComparison.Ordinal);
            var file = $"{operation.Body["operationId"]}.{status}.{(json ? "json" : AnswerExampleFilter.Extension(mediaType))}";
            var path = Path.Combine(ContractFiles.Examples, file);
            // An example kept from before stays (so that a change shows only the examples it touched) until it is removed.
            if (!ContractFiles.Updating || File.Exists(path) || !captured.Add(file)) return;
            var text = Encoding.UTF8.GetString(body).Replace(server.GetLeftPart(UriPartial.Authority), ProblemResponses.ExampleOrigin, StringComparison.Ordinal);
            if (json)
            {
                var node = JsonNode.Parse(text)!;
                Shorten(node);
                text = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            }
            await File.WriteAllTextAsync(path, text.ReplaceLineEndings("\n").TrimEnd() + "\n");
        }

        private static void Shorten(JsonNode node)
        {
            if (node is JsonArray array)
            {
                while (array.Count > 2) array.RemoveAt(array.Count - 1);
            }
            foreach (var child in node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a.AsEnumerable(), _ => [] })
            {
                if (child is not null) Shorten(child);
            }
        }

        public string Summary(int operations) => string.Create(CultureInfo.InvariantCulture,
            $"OpenAPI conformance: {operations} operations, {ByClass.Values.Sum()} answers checked ({string.Join(", ", ByClass.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}), " +
            $"{Validated} bodies validated against their schemas, {Failures.Count} failures");
    }
}
