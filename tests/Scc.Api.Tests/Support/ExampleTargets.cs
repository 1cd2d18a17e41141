using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Scc.Api.OpenApi;
using Scc.Application.Common;

namespace Scc.Api.Tests.Support;

/// <summary>
/// Real resources for the path parameters of documented operations, so that their request examples (and
/// variations of them) reach the handlers: {id} stands for a resource of the path's own kind, {eventId} for a
/// published event open for registration, with a registration holding the check-in example's code.
/// </summary>
public sealed class ExampleTargets
{
    private static readonly JsonSerializerOptions ExampleJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly Dictionary<string, string> byPathPrefix;
    private readonly string eventId;
    private readonly string openEventId;

    private ExampleTargets(Dictionary<string, string> byPathPrefix, string eventId, string openEventId)
    {
        this.byPathPrefix = byPathPrefix;
        this.eventId = eventId;
        this.openEventId = openEventId;
    }

    /// <summary>
    /// Creates the targets through the API as <paramref name="admin"/>, and the rows the examples name unless the demo
    /// data, which holds them, is loaded.
    /// </summary>
    public static async Task<ExampleTargets> CreateAsync(ApiFactory api, HttpClient admin, bool demoData = false)
    {
        var eventId = await CreateAsync(admin, "/api/v1/events", EventBodies.Seminar("Example Target"));
        // Examples name organisations and people by the demo data's fixed ids: create those rows first.
        if (!demoData) await api.ExampleRowsAsync();
        var targets = new Dictionary<string, string>
        {
            ["/api/v1/people/"] = await CreateAsync(admin, "/api/v1/people", new JsonObject { ["name"] = new JsonObject { ["en"] = "Example Target" } }),
            ["/api/v1/funding-programmes/"] = await CreateAsync(admin, "/api/v1/funding-programmes", new JsonObject
            {
                ["name"] = new JsonObject { ["en"] = "Example Target" },
                ["disclaimer"] = new JsonObject { ["en"] = "Example disclaimer." },
            }),
            ["/api/v1/programmes/"] = await CreateAsync(admin, "/api/v1/programmes", new JsonObject { ["name"] = new JsonObject { ["en"] = "Example Target" } }),
            ["/api/v1/organisations/"] = await CreateAsync(admin, "/api/v1/organisations", new JsonObject
            {
                ["name"] = new JsonObject { ["en"] = "Example Target Body" },
                ["kind"] = "company",
            }),
            ["/api/v1/partnerships/"] = await CreateAsync(admin, "/api/v1/partnerships", new JsonObject
            {
                ["organisationId"] = DemoDataIds.Hksia.ToString(),
                ["sccRole"] = "supportingOrganisation",
                ["scope"] = new JsonObject { ["kind"] = "period" },
                ["startDate"] = "2024-01-01",
            }),
            ["/api/v1/webhooks/"] = await CreateAsync(admin, "/api/v1/webhooks", new JsonObject
            {
                ["url"] = "https://crm.example.org/hooks/target",
                ["eventTypes"] = new JsonArray("event.published"),
            }, "webhook"),
            ["/api/v1/delegations/"] = await CreateAsync(admin, "/api/v1/delegations", DelegationBodies.Visit("Example Target Delegation")),
            ["/api/v1/digests/"] = await CreateAsync(admin, "/api/v1/digests", new JsonObject
            {
                // A month of the newsletter's period: enough for every section, and small enough to show as an example.
                ["from"] = "2023-08-01", ["to"] = "2023-08-31", ["asOf"] = "2023-08-15",
            }),
            ["/api/v1/mous/"] = await CreateAsync(admin, "/api/v1/mous", DelegationBodies.Mou(RequestExamples.DepaOrganisationId, RequestExamples.SccOrganisationId, "Example Target MoU")),
            ["/api/v1/event-series/"] = await CreateAsync(admin, "/api/v1/event-series", new JsonObject { ["title"] = new JsonObject { ["en"] = "Example Target Series" } }),
            ["/api/v1/api-keys/"] = await CreateAsync(admin, "/api/v1/api-keys", new JsonObject
            {
                ["name"] = "Example target", ["scopes"] = new JsonArray("registrations:read"),
            }, "key"),
        };
        // The writes above are audited: the newest entry stands for {id} in the audit's paths.
        var audit = await (await admin.GetAsync("/api/v1/audit?limit=1")).AssertJsonAsync(HttpStatusCode.OK);
        targets["/api/v1/audit/"] = audit["items"]![0]!["id"]!.GetValue<string>();
        var openEvent = EventBodies.Seminar("Example Registration Target");
        openEvent["registration"] = new JsonObject
        {
            ["mode"] = "internal", ["capacity"] = 80, ["waitingList"] = true, ["privacyStatementVersion"] = RequestExamples.PrivacyStatementVersion,
            ["questions"] = JsonSerializer.SerializeToNode(RequestExamples.RegistrationQuestions, ExampleJson),
        };
        // The preview link's example names a draft by a fixed id (the demo data has no draft): a new draft takes that id.
        var draftId = Guid.Parse(await CreateAsync(admin, "/api/v1/events", EventBodies.Seminar("Example Preview Target")));
        await api.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE events SET id = {RequestExamples.DraftEventId} WHERE id = {draftId}"));
        var openEventId = await CreateAsync(admin, "/api/v1/events", openEvent);
        await (await admin.PostAsync($"/api/v1/events/{openEventId}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        await GiveTheCheckInExampleCodeAsync(api, admin, openEventId);
        return new ExampleTargets(targets, eventId, openEventId);
    }

    /// <summary>Registers someone for the event and gives them the check-in example's code, which no registration can get by chance.</summary>
    private static async Task GiveTheCheckInExampleCodeAsync(ApiFactory api, HttpClient admin, string eventId)
    {
        var receipt = await (await admin.PostJsonAsync($"/api/v1/events/{eventId}/registrations", new JsonObject
        {
            ["registrant"] = new JsonObject { ["name"] = "Example Check-in", ["email"] = "check-in.example@example.com" },
            ["answers"] = new JsonArray(new JsonObject { ["questionId"] = "sector", ["choices"] = new JsonArray("industry") }),
            ["consent"] = new JsonObject { ["statementVersion"] = RequestExamples.PrivacyStatementVersion, ["language"] = "en" },
        })).AssertJsonAsync(HttpStatusCode.Created);
        var id = Guid.Parse(receipt["registration"]!["id"]!.GetValue<string>());
        await api.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE registrations SET check_in_code = {RequestExamples.CheckInCode} WHERE id = {id}"));
    }

    private readonly Dictionary<string, string> slugs = [];

    /// <summary>The documented path with its parameters filled in.</summary>
    public string Url(string path)
    {
        // A calendar holds published events only: the open event stands for it.
        var targetId = path.EndsWith(".ics", StringComparison.Ordinal) ? openEventId
            : byPathPrefix.FirstOrDefault(t => path.StartsWith(t.Key, StringComparison.Ordinal)).Value ?? eventId;
        var slug = slugs.GetValueOrDefault(path, "no-target-slug");
        return path.Replace("{id}", targetId, StringComparison.Ordinal).Replace("{eventId}", openEventId, StringComparison.Ordinal)
            .Replace("{slug}", slug, StringComparison.Ordinal);
    }

    /// <summary>Reads the slug of each by-slug path's target (<c>/api/v1/events/by-slug/{slug}</c> reads the event {id} stands for).</summary>
    public async Task AddSlugsAsync(HttpClient admin, IEnumerable<string> bySlugPaths)
    {
        foreach (var path in bySlugPaths)
        {
            var target = await (await admin.GetAsync(Url(path.Replace("by-slug/{slug}", "{id}", StringComparison.Ordinal)))).AssertJsonAsync(HttpStatusCode.OK);
            slugs[path] = target["slug"]!.GetValue<string>();
        }
    }

    /// <summary>Creates a resource; <paramref name="wrapper"/> names the member holding it when the answer wraps it (a webhook with its secret).</summary>
    private static async Task<string> CreateAsync(HttpClient admin, string url, JsonObject body, string? wrapper = null)
    {
        var created = await (await admin.PostJsonAsync(url, body)).AssertJsonAsync(HttpStatusCode.Created);
        return (wrapper is null ? created : created[wrapper]!.AsObject())["id"]!.GetValue<string>();
    }
}
