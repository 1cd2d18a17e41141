using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests.Security;

/// <summary>
/// API keys for a partner CMS or an internal tool: <c>content:read</c> sees drafts as the editors do,
/// <c>content:write</c> creates and replaces content, and only <c>content:publish</c> changes a status or deletes.
/// </summary>
public sealed class ContentScopeTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string DraftTag = "content-reader-draft";

    private static async Task<string> CreateDraftAsync(HttpClient client, string title) =>
        (await (await client.PostJsonAsync("/api/v1/events", EventBodies.Seminar(title, tags: [DraftTag]))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static async Task<bool> ListedAsync(HttpClient client, string id)
    {
        var page = await (await client.GetAsync($"/api/v1/events?tag={DraftTag}&limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Any(e => e!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task A_content_read_key_sees_drafts_as_an_editor_does_and_other_callers_do_not()
    {
        var id = await CreateDraftAsync(api.As("editor"), "Content Reader Draft Forum");
        var reader = api.WithKey((await api.CreateKeyAsync([ApiKeyScopes.ContentRead])).Secret);
        var registrationsReader = api.WithKey((await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead])).Secret);
        var tokenWithTheScope = api.WithToken(TestTokens.Create(new Dictionary<string, object>
        {
            ["sub"] = "content-by-token", ["scope"] = ApiKeyScopes.ContentRead,
        }, DateTime.UtcNow.AddHours(1)));

        // The anonymous list goes first, so that it is in the output cache when the key asks.
        Assert.False(await ListedAsync(api.Anonymous(), id));
        Assert.True(await ListedAsync(reader, id));
        Assert.False(await ListedAsync(api.Anonymous(), id));
        Assert.False(await ListedAsync(registrationsReader, id));

        await (await reader.GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        await (await api.Anonymous().GetAsync($"/api/v1/events/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await registrationsReader.GetAsync($"/api/v1/events/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await tokenWithTheScope.GetAsync($"/api/v1/events/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);

        // The content changes feed: the staff's view for the key, the public's (without the draft) for the others.
        // Another test's open transaction may hold the feed's horizon back a moment.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await InChangesAsync(reader, id))
        {
            Assert.True(DateTime.UtcNow < deadline, "The draft's creation never reached the content:read key's view of the changes feed.");
            await Task.Delay(50);
        }
        Assert.False(await InChangesAsync(api.Anonymous(), id));
        Assert.False(await InChangesAsync(registrationsReader, id));

        // Reading is all: the key writes nothing.
        await (await reader.PostJsonAsync("/api/v1/events", EventBodies.Seminar("Reader Writes"))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await reader.GetAsync("/api/v1/digests/preview?from=2027-01-01&to=2027-01-31&asOf=2027-01-15")).AssertJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_content_write_key_creates_and_replaces_content_and_only_a_content_publish_key_publishes_and_deletes()
    {
        var (writerId, writerSecret) = await api.CreateKeyAsync([ApiKeyScopes.ContentWrite]);
        var writer = api.WithKey(writerSecret);
        var publisher = api.WithKey((await api.CreateKeyAsync([ApiKeyScopes.ContentPublish])).Secret);

        var id = await CreateDraftAsync(writer, "Partner CMS Forum");
        var read = await writer.GetAsync($"/api/v1/events/{id}");
        // A writer without content:read sees what the public sees: its own draft is not there for it.
        await read.AssertProblemAsync(HttpStatusCode.NotFound);
        var editorRead = await api.As("editor").GetAsync($"/api/v1/events/{id}");
        var body = EventBodies.Seminar("Partner CMS Forum, renamed");
        var replaced = await writer.PutJsonAsync($"/api/v1/events/{id}", body, editorRead.Headers.ETag!.Tag);
        Assert.Equal("Partner CMS Forum, renamed", (await replaced.AssertJsonAsync(HttpStatusCode.OK))["title"]!["en"]!.GetValue<string>());
        var organisation = new JsonObject { ["name"] = new JsonObject { ["en"] = "Partner CMS Limited" }, ["kind"] = "company", ["countryCode"] = "HK" };
        var createdOrganisation = await writer.PostJsonAsync("/api/v1/organisations", organisation);
        Assert.Equal(HttpStatusCode.Created, createdOrganisation.StatusCode);

        await (await writer.PostAsync($"/api/v1/events/{id}/publish", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await writer.DeleteAsync($"/api/v1/events/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await publisher.PutJsonAsync($"/api/v1/events/{id}", body)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("draft", await StatusAsync(id));

        await (await publisher.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("published", await StatusAsync(id));
        await (await publisher.PostAsync($"/api/v1/events/{id}/cancel", null)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await publisher.DeleteAsync($"/api/v1/events/{id}")).StatusCode);
        await (await api.As("admin").GetAsync($"/api/v1/events/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);

        // The audit log names the key, not a person.
        var entries = await (await api.As("admin").GetAsync($"/api/v1/audit?actorKind=apiKey&actorId={writerId}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Contains(entries["items"]!.AsArray(), e => e!["resourceId"]!.GetValue<string>() == id && e["action"]!.GetValue<string>() == "created");
    }

    [Fact]
    public async Task A_key_restricted_to_one_event_cannot_have_content_scopes()
    {
        var eventId = await api.OpenEventAsync("Restricted Content Key Seminar");
        var before = await api.WithDbAsync(db => db.ApiKeys.CountAsync());
        foreach (var scope in ApiKeyScopes.Content)
        {
            var body = new JsonObject { ["name"] = "One event's CMS", ["scopes"] = new JsonArray(ApiKeyScopes.RegistrationsRead, scope), ["eventId"] = eventId };
            var problem = await (await api.As("admin").PostJsonAsync("/api/v1/api-keys", body)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
            Assert.Contains("eventId", problem.ErrorKeys());
        }
        Assert.Equal(before, await api.WithDbAsync(db => db.ApiKeys.CountAsync()));
    }

    private async Task<string> StatusAsync(string id) =>
        (await (await api.As("editor").GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK))["status"]!.GetValue<string>();

    /// <summary>Whether the event's creation is in the caller's view of the content changes feed, walked to its end.</summary>
    private static async Task<bool> InChangesAsync(HttpClient client, string id)
    {
        string? cursor = null;
        bool more;
        do
        {
            var url = "/api/v1/changes?type=event&limit=1000" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await (await client.GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK);
            if (page["items"]!.AsArray().Any(i => i!["id"]!.GetValue<string>() == id)) return true;
            cursor = page["nextCursor"]!.GetValue<string>();
            more = page["hasMore"]!.GetValue<bool>();
        } while (more);
        return false;
    }
}
