using System.Net;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary><c>/api/v1/event-series</c>: created, read with an ETag, replaced and deleted as the other resources are.</summary>
public sealed class EventSeriesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static JsonObject Body(string en, string? slug = null, string? zh = "數據分析講堂")
    {
        var body = new JsonObject { ["title"] = new JsonObject { ["en"] = en, ["zh-Hant"] = zh } };
        if (slug is not null) body["slug"] = slug;
        return body;
    }

    private async Task<(string Id, string ETag)> CreateAsync(string en, string? slug = null)
    {
        var created = await api.As("editor").PostJsonAsync("/api/v1/event-series", Body(en, slug));
        var json = await created.AssertJsonAsync(HttpStatusCode.Created);
        return (json["id"]!.GetValue<string>(), created.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_series_is_replaced_with_its_etag_and_a_stale_etag_or_a_taken_slug_changes_nothing()
    {
        var (id, etag) = await CreateAsync("Series Replace Trainings");
        await CreateAsync("Series Replace Other", slug: "series-replace-other");
        var editor = api.As("editor");

        var read = await editor.GetAsync($"/api/v1/event-series/{id}");
        Assert.Equal(etag, read.Headers.ETag!.Tag);
        var body = Body("Series Replace Trainings 2024", slug: "series-replace-2024", zh: "數據分析講堂 2024");
        body["description"] = new JsonObject { ["en"] = "Four sessions." };
        var replaced = await editor.PutJsonAsync($"/api/v1/event-series/{id}", body, etag);
        var json = await replaced.AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("series-replace-2024", "數據分析講堂 2024", "Four sessions."),
            (json["slug"]!.GetValue<string>(), json["title"]!["zh-Hant"]!.GetValue<string>(), json["description"]!["en"]!.GetValue<string>()));
        Assert.NotEqual(etag, replaced.Headers.ETag!.Tag);
        using (var notModified = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/event-series/{id}") { Headers = { IfNoneMatch = { replaced.Headers.ETag } } })
            Assert.Equal(HttpStatusCode.NotModified, (await editor.SendAsync(notModified)).StatusCode);

        await (await editor.PutJsonAsync($"/api/v1/event-series/{id}", Body("Stale"), etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        await (await editor.PutJsonAsync($"/api/v1/event-series/{id}", Body("Taken", slug: "series-replace-other"))).AssertProblemAsync(HttpStatusCode.Conflict, "slug_taken");
        await (await editor.PutJsonAsync($"/api/v1/event-series/{id}", new JsonObject { ["title"] = new JsonObject() })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await editor.PutJsonAsync($"/api/v1/event-series/{Guid.NewGuid()}", Body("Nobody"))).AssertProblemAsync(HttpStatusCode.NotFound);
        // Without a slug the series keeps its own.
        var kept = await (await editor.PutJsonAsync($"/api/v1/event-series/{id}", Body("Series Replace Trainings 2024"))).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("series-replace-2024", kept["slug"]!.GetValue<string>());

        var stored = await (await api.Anonymous().GetAsync($"/api/v1/event-series/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Series Replace Trainings 2024", stored["title"]!["en"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_series_with_an_event_cannot_be_deleted_and_an_empty_one_can_by_an_admin_only()
    {
        var (used, _) = await CreateAsync("Series Delete Used");
        var (empty, etag) = await CreateAsync("Series Delete Empty");
        var eventBody = EventBodies.Seminar("Series Delete Session One");
        eventBody["seriesId"] = used;
        eventBody["seriesPosition"] = 1;
        await (await api.As("editor").PostJsonAsync("/api/v1/events", eventBody)).AssertJsonAsync(HttpStatusCode.Created);

        await (await api.As("admin").DeleteAsync($"/api/v1/event-series/{used}")).AssertProblemAsync(HttpStatusCode.Conflict, "event_series_in_use");
        await (await api.As("admin").GetAsync($"/api/v1/event-series/{used}")).AssertJsonAsync(HttpStatusCode.OK);

        await (await api.As("editor").DeleteAsync($"/api/v1/event-series/{empty}")).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        using (var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/event-series/{empty}"))
        {
            stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            await (await api.As("admin").SendAsync(stale)).AssertProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        }
        using (var current = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/event-series/{empty}"))
        {
            current.Headers.TryAddWithoutValidation("If-Match", etag);
            Assert.Equal(HttpStatusCode.NoContent, (await api.As("admin").SendAsync(current)).StatusCode);
        }
        await (await api.Anonymous().GetAsync($"/api/v1/event-series/{empty}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await api.As("admin").DeleteAsync($"/api/v1/event-series/{empty}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
