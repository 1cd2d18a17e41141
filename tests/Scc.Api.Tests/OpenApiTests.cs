using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

public sealed class OpenApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private async Task<string> DocumentAsync()
    {
        var response = await api.Anonymous().GetAsync("/swagger/v1/swagger.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Document_IsValidOpenApiWithoutErrors()
    {
        var json = await DocumentAsync();

        var result = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings());

        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        Assert.Contains("/api/v1/events", result.Document!.Paths.Keys);
        Assert.DoesNotContain(result.Document.Paths.Keys, p => p.StartsWith("/health", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Document.Paths.Keys, p => p.StartsWith("/problems", StringComparison.Ordinal));
    }

    /// <summary>
    /// Writes the public may make: registering, cancelling or correcting one's own registration by its secret token (in the
    /// path or a header), and asking for one's links again.
    /// </summary>
    private static readonly HashSet<string> AnonymousWrites =
    [
        "/api/v1/events/{eventId}/registrations", "/api/v1/registrations/manage/{token}", "/api/v1/registrations/manage",
        "/api/v1/registrations/manage/{token}/details", "/api/v1/registrations/manage/details", "/api/v1/registrations/manage-links",
    ];

    [Fact]
    public async Task Document_EveryOperationListsItsProblemsAndSecurityAndWritesNeedCredentials()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation!["responses"]!.AsObject();
                Assert.True(responses.ContainsKey("500"), $"{method} {path} documents 500");
                Assert.True(responses.ContainsKey("503"), $"{method} {path} documents 503");
                Assert.All(responses.Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')),
                    r => Assert.True(Resolve(document, r.Value!)["content"]?["application/problem+json"] is not null, $"{method} {path} {r.Key} is a problem"));
                var security = operation["security"] as JsonArray;
                Assert.True(security is not null, $"{method} {path} declares its security");
                if (method != "get" && !AnonymousWrites.Contains(path))
                {
                    Assert.True(security!.Count > 0 && security.All(s => s!.AsObject().Count > 0), $"{method} {path} needs credentials");
                    Assert.True(responses.ContainsKey("401") && responses.ContainsKey("403"), $"{method} {path} documents 401 and 403");
                }
            }
        }
    }

    /// <summary>A response, or the shared one it refers to.</summary>
    private static JsonNode Resolve(JsonNode document, JsonNode response) =>
        response["$ref"]?.GetValue<string>() is { } reference ? document["components"]!["responses"]![reference.Split('/')[^1]]! : response;

    [Fact]
    public async Task Document_EveryRequestBodyExampleIsAcceptedAsItStands()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        var editor = api.As("admin");
        var targets = await ExampleTargets.CreateAsync(api, editor);
        // A registrant's own writes act on a registration made for this test (another address than the example's, which stays free).
        var submission = document["paths"]!["/api/v1/events/{eventId}/registrations"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!.DeepClone();
        submission["registrant"]!["email"] = "own.example@example.com";
        var own = await (await api.Anonymous().PostJsonAsync(targets.Url("/api/v1/events/{eventId}/registrations"), submission)).AssertJsonAsync(HttpStatusCode.Created);
        var token = own["manageToken"]!.GetValue<string>();
        var tried = 0;

        // Transitions are tried in an order the domain allows: publish, then postpone, then cancel, then unpublish.
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!)))
            .OrderBy(o => o.Path.EndsWith("/unpublish", StringComparison.Ordinal) ? 3 : o.Path.EndsWith("/cancel", StringComparison.Ordinal) ? 2
                : o.Path.EndsWith("/postpone", StringComparison.Ordinal) ? 1 : 0)
            .ToList();
        foreach (var (path, method, operation) in operations)
        {
            var example = operation["requestBody"]?["content"]?["application/json"]?["example"];
            // An upload's example names its form fields; the conformance test uploads a real file.
            if (operation["requestBody"]?["content"]?["multipart/form-data"] is { } form)
            {
                Assert.True(form["example"] is JsonObject, $"{method} {path} has an upload form without an example");
                continue;
            }
            if (example is null)
            {
                Assert.True(operation["requestBody"] is null, $"{method} {path} has a request body without an example");
                continue;
            }
            var url = targets.Url(path).Replace("{token}", token, StringComparison.Ordinal);
            var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
            {
                Content = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(Scc.Api.Endpoints.V1.RegistrationsEndpoints.ManageTokenHeader, token);

            var response = await editor.SendAsync(request);

            // A registration decision applies or not by the registration's state (here none: {id} is not one); its body is
            // accepted when the answer is no 400.
            var accepted = response.IsSuccessStatusCode ||
                           path.StartsWith(Contract.ConformanceTests.RegistrationDecisions, StringComparison.Ordinal) && response.StatusCode != HttpStatusCode.BadRequest;
            Assert.True(accepted, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            tried++;
        }
        Assert.True(tried >= 16, $"expected an example for every write, tried {tried}");
        Assert.Contains(operations, o => o.Path == "/api/v1/mous/{id}/terminate" && o.Operation["requestBody"]?["content"]?["application/json"]?["example"] is not null);
        Assert.Contains(operations, o => o.Path == "/api/v1/delegations" && o.Method == "post" && o.Operation["requestBody"]?["content"]?["application/json"]?["example"] is not null);
        Assert.Contains(operations, o => o.Path == "/api/v1/events/{eventId}/registrations" && o.Operation["requestBody"]?["content"]?["application/json"]?["example"] is not null);
        Assert.Contains(operations, o => o.Path == "/api/v1/webhooks" && o.Method == "post" && o.Operation["requestBody"]?["content"]?["application/json"]?["example"] is not null);
        Assert.Contains(operations, o => o.Path == "/api/v1/webhooks/{id}" && o.Method == "put" && o.Operation["requestBody"]?["content"]?["application/json"]?["example"] is not null);
    }

    [Fact]
    public async Task Document_DescribesJsonAsTheApiWritesIt()
    {
        var document = JsonNode.Parse(await DocumentAsync())!;
        var schemas = document["components"]!["schemas"]!;

        Assert.Contains("awardCeremony", schemas["EventType"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.NotNull(schemas["LocalizedText"]!["properties"]!["zh-Hant"]);
        var parameters = document["paths"]!["/api/v1/events"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());
        Assert.Equal(["type", "status", "when", "from", "to", "tag", "q", "seriesId", "parentEventId", "organisationId", "role", "programmeId", "fundingProgrammeId", "sort", "cursor", "limit"], parameters);
    }

    [Fact]
    public async Task Document_DescribesTheFeedsWithTheirContentTypes()
    {
        var paths = JsonNode.Parse(await DocumentAsync())!["paths"]!;

        Assert.NotNull(paths["/api/v1/feeds/events"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]);
        Assert.NotNull(paths["/api/v1/feeds/events.ics"]!["get"]!["responses"]!["200"]!["content"]!["text/calendar"]);
        Assert.NotNull(paths["/api/v1/feeds/events.atom"]!["get"]!["responses"]!["200"]!["content"]!["application/atom+xml"]);
        Assert.NotNull(paths["/api/v1/events/{id}.ics"]!["get"]!["responses"]!["200"]!["content"]!["text/calendar"]);
        Assert.NotNull(paths["/api/v1/events/{id}.ics"]!["get"]!["responses"]!["404"]);
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var response = await api.Anonymous().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
