using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

public sealed class EventWriteTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Events = "/api/v1/events";

    private async Task<JsonObject> CreateAsync(JsonObject? body = null)
    {
        // A slug of its own: a deleted event keeps its slug while it is in the trash.
        var response = await api.As("editor").PostJsonAsync(Events, body ?? EventBodies.Seminar(slug: "write-" + Guid.NewGuid().ToString("N")[..12]));
        return await response.AssertJsonAsync(HttpStatusCode.Created);
    }

    private Task<int> CountEventsAsync() => api.WithDbAsync(db => db.Events.CountAsync());

    [Fact]
    public async Task PostEvent_AsEditor_Returns201WithLocationETagAndDraft()
    {
        var response = await api.As("editor").PostJsonAsync(Events, EventBodies.Seminar("Created Seminar"));

        var created = await response.AssertJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/events/{id}", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("draft", created["status"]!.GetValue<string>());
        Assert.Equal("created-seminar", created["slug"]!.GetValue<string>());
        Assert.EndsWith("+08:00", created["schedule"]!["startsAt"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEvent_WithTakenSlug_Returns409SlugTaken()
    {
        await CreateAsync(EventBodies.Seminar(slug: "unique-slug-test"));

        var response = await api.As("editor").PostJsonAsync(Events, EventBodies.Seminar(slug: "unique-slug-test"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "slug_taken");
    }

    [Fact]
    public async Task PostEvent_WithSameTitleTwice_GetsNumberedSlug()
    {
        await CreateAsync(EventBodies.Seminar("Twice Titled"));
        var second = await CreateAsync(EventBodies.Seminar("Twice Titled"));

        Assert.Equal("twice-titled-2", second["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostEvent_WithoutToken_Returns401WithChallenge()
    {
        var response = await api.Anonymous().PostJsonAsync(Events, EventBodies.Seminar());

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("other-key")]
    public async Task PostEvent_WithBadToken_Returns401(string kind)
    {
        var token = kind == "expired"
            ? TestTokens.For("editor", expired: true)
            : TestTokens.For("editor", signingKey: new byte[32]);

        var response = await api.WithToken(token).PostJsonAsync(Events, EventBodies.Seminar());

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostEvent_WithTokenWithoutStaffRole_Returns403()
    {
        var response = await api.As("member").PostJsonAsync(Events, EventBodies.Seminar());

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task PutEvent_WithCurrentETag_UpdatesAndChangesETag()
    {
        var created = await CreateAsync();
        var id = created["id"]!.GetValue<Guid>();
        var get = await api.As("editor").GetAsync($"{Events}/{id}");
        var etag = get.Headers.ETag!.Tag;

        var response = await api.As("editor").PutJsonAsync($"{Events}/{id}", EventBodies.Seminar("Renamed Seminar"), etag);

        var updated = await response.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Renamed Seminar", updated["title"]!["en"]!.GetValue<string>());
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task PutEvent_WithStaleETag_Returns412AndKeepsData()
    {
        var created = await CreateAsync(EventBodies.Seminar("Original Title"));
        var id = created["id"]!.GetValue<Guid>();
        var staleETag = (await api.As("editor").GetAsync($"{Events}/{id}")).Headers.ETag!.Tag;
        (await api.As("editor").PutJsonAsync($"{Events}/{id}", EventBodies.Seminar("First Writer"), staleETag)).EnsureSuccessStatusCode();

        var response = await api.As("editor").PutJsonAsync($"{Events}/{id}", EventBodies.Seminar("Second Writer"), staleETag);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        var stored = await api.As("editor").GetAsync($"{Events}/{id}");
        Assert.Equal("First Writer", (await stored.AssertJsonAsync(HttpStatusCode.OK))["title"]!["en"]!.GetValue<string>());
    }

    [Fact]
    public async Task PutEvent_UnknownId_Returns404()
    {
        var response = await api.As("editor").PutJsonAsync($"{Events}/{Guid.NewGuid()}", EventBodies.Seminar());

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("draft", "publish", HttpStatusCode.OK, "published")]
    [InlineData("draft", "cancel", HttpStatusCode.OK, "cancelled")]
    [InlineData("draft", "postpone", HttpStatusCode.Conflict, null)]
    [InlineData("published", "postpone", HttpStatusCode.OK, "postponed")]
    [InlineData("published", "publish", HttpStatusCode.Conflict, null)]
    [InlineData("postponed", "publish", HttpStatusCode.OK, "published")]
    [InlineData("postponed", "cancel", HttpStatusCode.OK, "cancelled")]
    [InlineData("cancelled", "publish", HttpStatusCode.Conflict, null)]
    [InlineData("cancelled", "cancel", HttpStatusCode.Conflict, null)]
    public async Task Transition_FromStatus_IsAllowedOrRefused(string from, string action, HttpStatusCode expected, string? to)
    {
        var id = (await CreateAsync())["id"]!.GetValue<Guid>();
        var editor = api.As("editor");
        string[] path = from switch
        {
            "published" => ["publish"],
            "postponed" => ["publish", "postpone"],
            "cancelled" => ["cancel"],
            _ => [],
        };
        foreach (var step in path) (await editor.PostAsync($"{Events}/{id}/{step}", null)).EnsureSuccessStatusCode();

        var response = await editor.PostAsync($"{Events}/{id}/{action}", null);

        if (expected == HttpStatusCode.OK)
            Assert.Equal(to, (await response.AssertJsonAsync(HttpStatusCode.OK))["status"]!.GetValue<string>());
        else
            await response.AssertProblemAsync(expected, "invalid_transition");
    }

    [Fact]
    public async Task Cancel_WithNote_KeepsTheNoteForReaders()
    {
        var id = (await CreateAsync())["id"]!.GetValue<Guid>();
        var note = new JsonObject { ["note"] = new JsonObject { ["en"] = "Cancelled because of a typhoon." } };

        var response = await api.As("editor").PostJsonAsync($"{Events}/{id}/cancel", note);

        var cancelled = await response.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled because of a typhoon.", cancelled["statusNote"]!["en"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_AsEditor_Returns403()
    {
        var id = (await CreateAsync())["id"]!.GetValue<Guid>();

        var response = await api.As("editor").DeleteAsync($"{Events}/{id}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Delete_PublishedEventAsAdmin_Returns409ThenDraftIsDeleted()
    {
        var admin = api.As("admin");
        var published = (await CreateAsync())["id"]!.GetValue<Guid>();
        (await admin.PostAsync($"{Events}/{published}/publish", null)).EnsureSuccessStatusCode();
        var draft = (await CreateAsync())["id"]!.GetValue<Guid>();

        await (await admin.DeleteAsync($"{Events}/{published}")).AssertProblemAsync(HttpStatusCode.Conflict, "event_not_deletable");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Events}/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Events}/{draft}")).StatusCode);
    }

    [Fact]
    public async Task Delete_WithStaleETag_Returns412()
    {
        var id = (await CreateAsync())["id"]!.GetValue<Guid>();
        var request = new HttpRequestMessage(HttpMethod.Delete, $"{Events}/{id}");
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        var response = await api.As("admin").SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        // name, the JSON body (a valid seminar with one thing wrong)
        { "malformed JSON", "{\"type\": \"seminar\", " },
        { "not an object", "[1, 2, 3]" },
        { "wrong type for title", Replace("title", JsonValue.Create(42)) },
        { "unknown enum value", Replace("type", JsonValue.Create("concert")) },
        { "integer for enum", Replace("type", JsonValue.Create(1)) },
        { "end before start", ReplaceIn("schedule", "endsAt", "2020-01-01T00:00:00+08:00") },
        { "10,000-character title", Replace("title", new JsonObject { ["en"] = new string('x', 10_000) }) },
        { "invalid time zone", Replace("timeZone", JsonValue.Create("Mars/Olympus")) },
        { "empty title", Replace("title", new JsonObject()) },
        { "unknown property", Replace("status", JsonValue.Create("published")) },
        { "bad date", ReplaceIn("schedule", "startsAt", "2023-13-45T99:00:00+08:00") },
        { "missing schedule", Remove("schedule") },
        { "all-day ending in year 9999", Replace("schedule", new JsonObject { ["kind"] = "allDay", ["startDate"] = "2023-11-15", ["endDate"] = "9999-12-31" }) },
        { "null speaker", Replace("speakers", new JsonArray((JsonNode?)null)) },
        { "time zone in the wrong case", Replace("timeZone", JsonValue.Create("asia/hong_kong")) },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task PostEvent_WithBadInput_Returns400WithFieldErrorsAndWritesNothing(string name, string json)
    {
        var before = await CountEventsAsync();

        var response = await api.As("editor").PostAsync(Events, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.ErrorKeys().Count > 0, $"{name}: a 400 names the fields at fault");
        Assert.Equal(before, await CountEventsAsync());
    }

    [Fact]
    public async Task PostEvent_EndBeforeStart_NamesTheEndField()
    {
        var response = await api.As("editor").PostAsync(Events,
            new StringContent(ReplaceIn("schedule", "endsAt", "2020-01-01T00:00:00+08:00"), Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("schedule.endsAt", problem.ErrorKeys());
    }

    [Fact]
    public async Task PostEvent_UnknownProperty_NamesIt()
    {
        var response = await api.As("editor").PostAsync(Events,
            new StringContent(Replace("status", JsonValue.Create("published")), Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("status", problem.ErrorKeys());
    }

    [Fact]
    public async Task PostEvent_AsPlainText_Returns415()
    {
        var response = await api.As("editor").PostAsync(Events, new StringContent(EventBodies.Seminar().ToJsonString(), Encoding.UTF8, "text/plain"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PostEvent_WithUnknownParent_Returns400NamingParent()
    {
        var body = EventBodies.Seminar();
        body["parentEventId"] = Guid.NewGuid().ToString();

        var response = await api.As("editor").PostJsonAsync(Events, body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("parentEventId", problem.ErrorKeys());
    }

    private static string Replace(string field, JsonNode? value)
    {
        var body = EventBodies.Seminar();
        body[field] = value;
        return body.ToJsonString();
    }

    private static string ReplaceIn(string parent, string field, string value)
    {
        var body = EventBodies.Seminar();
        body[parent]![field] = value;
        return body.ToJsonString();
    }

    private static string Remove(string field)
    {
        var body = EventBodies.Seminar();
        body.Remove(field);
        return body.ToJsonString();
    }
}
