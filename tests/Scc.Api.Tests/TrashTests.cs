using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Scc.Api.Tests.Support;
using Scc.Application.Trash.PurgeTrash;

namespace Scc.Api.Tests;

/// <summary>Deleting content moves it to the trash (ADR 25): hidden everywhere, listed for staff, restorable as it was, purged after the trash period.</summary>
public sealed class TrashTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Kinds => ["event", "delegation", "mou", "partnership", "organisation", "person", "programme", "digest"];

    private static readonly Dictionary<string, string> Paths = new()
    {
        ["event"] = "events", ["delegation"] = "delegations", ["mou"] = "mous", ["partnership"] = "partnerships",
        ["organisation"] = "organisations", ["person"] = "people", ["programme"] = "programmes", ["digest"] = "digests",
    };

    private static JsonObject Name(string en) => new() { ["en"] = en };

    /// <summary>A new resource of the kind, deletable as it stands (drafts where the kind has drafts).</summary>
    private async Task<string> CreateAsync(string kind, string label)
    {
        var editor = api.As("editor");
        JsonObject body = kind switch
        {
            "event" => EventBodies.Seminar("Trash " + label),
            "delegation" => DelegationBodies.Visit("Trash " + label),
            "mou" => DelegationBodies.Mou(await api.AddOrganisationAsync("Trash party A " + label), await api.AddOrganisationAsync("Trash party B " + label), "Trash " + label),
            "partnership" => new JsonObject
            {
                ["organisationId"] = (await api.AddOrganisationAsync("Trash partner " + label)).ToString(), ["sccRole"] = "supportingOrganisation",
                ["scope"] = new JsonObject { ["kind"] = "period" }, ["startDate"] = "2023-01-01",
            },
            "organisation" => new JsonObject { ["name"] = Name("Trash " + label), ["kind"] = "tradeAssociation" },
            "person" => new JsonObject { ["name"] = Name("Trash " + label), ["appointments"] = new JsonArray() },
            "programme" => new JsonObject { ["name"] = Name("Trash " + label), ["organisations"] = new JsonArray() },
            "digest" => new JsonObject { ["title"] = Name("Trash " + label), ["from"] = "2023-05-01", ["to"] = "2023-11-30", ["asOf"] = "2023-08-15" },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var created = await (await editor.PostJsonAsync($"/api/v1/{Paths[kind]}", body)).AssertJsonAsync(HttpStatusCode.Created);
        return created["id"]!.GetValue<string>();
    }

    private async Task<JsonArray> TrashAsync(string kind) =>
        (await (await api.As("editor").GetAsync($"/api/v1/trash?type={kind}&limit=100")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();

    private async Task<int> AuditCountAsync(string kind, string id, string action) =>
        (await (await api.As("admin").GetAsync($"/api/v1/audit?resourceType={kind}&resourceId={id}&action={action}")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().Count;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Deleted_content_is_hidden_listed_in_the_trash_and_restored_exactly_as_it_was(string kind)
    {
        var id = await CreateAsync(kind, "round trip");
        var admin = api.As("admin");
        var url = $"/api/v1/{Paths[kind]}/{id}";
        var before = await (await admin.GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(url)).StatusCode);

        await (await admin.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
        var list = await (await admin.GetAsync($"/api/v1/{Paths[kind]}?limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list["items"]!.AsArray(), item => item!["id"]!.GetValue<string>() == id);
        var trashed = Assert.Single(await TrashAsync(kind), item => item!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(kind, trashed["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(trashed["deletedBy"]!.GetValue<string>()));
        Assert.Equal(trashed["deletedAt"]!.GetValue<DateTimeOffset>().AddDays(30), trashed["purgeAt"]!.GetValue<DateTimeOffset>());
        Assert.False(string.IsNullOrEmpty(trashed["title"]!["en"]!.GetValue<string>()));
        // Deleting again finds nothing to delete.
        await (await admin.DeleteAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/trash/{kind}/{id}/restore", null)).StatusCode);

        var after = await (await admin.GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        Assert.DoesNotContain(await TrashAsync(kind), item => item!["id"]!.GetValue<string>() == id);
        Assert.Equal(1, await AuditCountAsync(kind, id, "deleted"));
        Assert.Equal(1, await AuditCountAsync(kind, id, "restored"));
        await (await admin.PostAsync($"/api/v1/trash/{kind}/{id}/restore", null)).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_deleted_event_leaves_search_and_the_public_changes_feed_and_comes_back_when_restored()
    {
        var admin = api.As("admin");
        var id = await CreateAsync("event", "Quasarvale Forum");
        await (await admin.PostAsync($"/api/v1/events/{id}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        await (await admin.PostJsonAsync($"/api/v1/events/{id}/cancel", new JsonObject())).AssertJsonAsync(HttpStatusCode.OK);
        async Task<bool> FoundAsync() =>
            (await (await api.Anonymous().GetAsync("/api/v1/search?q=Quasarvale")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Any(hit => hit!["id"]!.GetValue<string>() == id);
        // Followed to its end: the whole suite's events fill more than one page.
        async Task<List<string>> PublicChangesAsync()
        {
            var changes = new List<string>();
            string? cursor = null;
            JsonNode page;
            do
            {
                page = await (await api.Anonymous().GetAsync("/api/v1/changes?type=event&limit=1000" +
                    (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).AssertJsonAsync(HttpStatusCode.OK);
                changes.AddRange(page["items"]!.AsArray().Where(c => c!["id"]!.GetValue<string>() == id).Select(c => c!["change"]!.GetValue<string>()));
                cursor = page["nextCursor"]!.GetValue<string>();
            } while (page["hasMore"]!.GetValue<bool>());
            return changes;
        }
        // The feed shows a change once every older transaction has ended, and another test's may still be open.
        async Task<string?> LastPublicChangeOnceItIsAsync(string expected)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                var last = (await PublicChangesAsync()).LastOrDefault();
                if (last == expected || DateTime.UtcNow > deadline) return last;
                await Task.Delay(100);
            }
        }
        Assert.True(await FoundAsync());
        // The event's calendar is output-cached: the delete must evict it.
        Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/api/v1/events/{id}.ics")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/events/{id}")).StatusCode);
        Assert.False(await FoundAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous().GetAsync($"/api/v1/events/{id}.ics")).StatusCode);
        Assert.Equal("deleted", await LastPublicChangeOnceItIsAsync("deleted"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/trash/event/{id}/restore", null)).StatusCode);
        Assert.True(await FoundAsync());
        Assert.Equal("updated", await LastPublicChangeOnceItIsAsync("updated"));
    }

    [Fact]
    public async Task An_event_with_live_registrations_cannot_be_deleted_only_cancelled()
    {
        var admin = api.As("admin");
        var id = await api.OpenEventAsync("Trash registered seminar");
        await api.RegisterAsync(id, "trash.registrant@example.org");
        await (await admin.PostJsonAsync($"/api/v1/events/{id}/cancel", new JsonObject())).AssertJsonAsync(HttpStatusCode.OK);

        await (await admin.DeleteAsync($"/api/v1/events/{id}")).AssertProblemAsync(HttpStatusCode.Conflict, "event_has_live_registrations");
        await (await admin.GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_purge_removes_for_good_what_was_deleted_longer_ago_than_the_trash_period()
    {
        var admin = api.As("admin");
        var id = await CreateAsync("organisation", "purged");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/organisations/{id}")).StatusCode);
        var deletedAt = Assert.Single(await TrashAsync("organisation"), item => item!["id"]!.GetValue<string>() == id)!["deletedAt"]!.GetValue<DateTimeOffset>();

        async Task<PurgeTrashOutcome> PurgeAtAsync(DateTimeOffset now)
        {
            await using var scope = api.Services.CreateAsyncScope();
            var handler = ActivatorUtilities.CreateInstance<PurgeTrashHandler>(scope.ServiceProvider, new FakeTimeProvider(now));
            var result = await handler.Handle(new PurgeTrashCommand(), CancellationToken.None);
            return result.Value;
        }

        await PurgeAtAsync(deletedAt.AddDays(29));
        Assert.Contains(await TrashAsync("organisation"), item => item!["id"]!.GetValue<string>() == id);

        var outcome = await PurgeAtAsync(deletedAt.AddDays(30).AddMinutes(1));
        Assert.True(outcome.Purged >= 1);
        Assert.DoesNotContain(await TrashAsync("organisation"), item => item!["id"]!.GetValue<string>() == id);
        Assert.False(await api.WithDbAsync(db => db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.Id == Guid.Parse(id))));
        Assert.Equal(1, await AuditCountAsync("organisation", id, "purged"));
        await (await admin.PostAsync($"/api/v1/trash/organisation/{id}/restore", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_purge_that_references_block_keeps_the_item_in_the_trash_and_reports_it()
    {
        var admin = api.As("admin");
        var id = await api.OpenEventAsync("Trash kept seminar");
        var registration = await api.RegisterAsync(id, "trash.kept@example.org");
        await (await admin.PostAsync($"/api/v1/events/{id}/registrations/{registration["registration"]!["id"]}/cancel", null)).AssertJsonAsync(HttpStatusCode.OK);
        await (await admin.PostJsonAsync($"/api/v1/events/{id}/cancel", new JsonObject())).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/events/{id}")).StatusCode);

        await using var scope = api.Services.CreateAsyncScope();
        var handler = ActivatorUtilities.CreateInstance<PurgeTrashHandler>(scope.ServiceProvider, new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(31)));
        var outcome = (await handler.Handle(new PurgeTrashCommand(), CancellationToken.None)).Value;

        var kept = Assert.Single(outcome.Kept, k => k.Id == Guid.Parse(id));
        Assert.Equal("event", kept.Type);
        Assert.Contains(await TrashAsync("event"), item => item!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task The_trash_is_for_staff_and_refuses_unknown_types()
    {
        await (await api.Anonymous().GetAsync("/api/v1/trash")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.As("editor").GetAsync("/api/v1/trash?type=fundingProgramme")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await api.As("admin").PostAsync($"/api/v1/trash/nothing/{Guid.NewGuid()}/restore", null)).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
