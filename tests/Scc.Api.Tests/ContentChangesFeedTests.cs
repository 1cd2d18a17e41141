using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// <c>GET /api/v1/changes</c>: every change to content, in commit-safe order; the public's view (drafts left out, a
/// resource leaving its view as a deletion) and the staff's; and the content webhooks that go with it.
/// </summary>
public sealed class ContentChangesFeedTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>
{
    private sealed record Change(string Type, string Id, string Kind, bool Public);

    /// <summary>A mirror's poller: follows the feed from its start, keeping the cursor and every change once.</summary>
    private sealed class Follower(HttpClient client, string query = "")
    {
        private string? cursor;

        public List<Change> Changes { get; } = [];

        public async Task<List<Change>> PollAsync(int limit = 1000)
        {
            var fresh = new List<Change>();
            bool more;
            do
            {
                var url = $"/api/v1/changes?limit={limit}{query}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
                var page = await (await client.GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK);
                fresh.AddRange(page["items"]!.AsArray().Select(i => new Change(i!["type"]!.GetValue<string>(), i["id"]!.GetValue<string>(),
                    i["change"]!.GetValue<string>(), i["public"]!.GetValue<bool>())));
                cursor = page["nextCursor"]!.GetValue<string>();
                more = page["hasMore"]!.GetValue<bool>();
            } while (more);
            Changes.AddRange(fresh);
            return fresh;
        }
    }

    private async Task<string> CreateEventAsync(string title) =>
        (await (await api.As("editor").PostJsonAsync("/api/v1/events", EventBodies.Seminar(title))).AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

    private async Task PostAsync(string path) => (await api.As("admin").PostAsync(path, null)).EnsureSuccessStatusCode();

    /// <summary>Polls until <paramref name="until"/> holds: another test's open transaction may hold the horizon back a moment.</summary>
    private static async Task<List<Change>> PollUntilAsync(Follower follower, Func<List<Change>, bool> until)
    {
        var seen = new List<Change>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            seen.AddRange(await follower.PollAsync());
            if (until(seen)) return seen;
            Assert.True(DateTime.UtcNow < deadline, "The feed did not show the expected changes: " + string.Join(", ", seen));
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Feed_ShowsThePublicWhatItCanSee_AndStaffEveryChange()
    {
        var anonymous = new Follower(api.Anonymous());
        var staff = new Follower(api.As("editor"));
        await anonymous.PollAsync();
        await staff.PollAsync();

        var organisation = (await api.AddOrganisationAsync("Feed Follow Organisation")).ToString();
        var eventId = await CreateEventAsync("Feed Follow Seminar");
        await PostAsync($"/api/v1/events/{eventId}/publish");
        await PostAsync($"/api/v1/events/{eventId}/unpublish");
        (await api.As("admin").DeleteAsync($"/api/v1/events/{eventId}")).EnsureSuccessStatusCode();
        var delegation = (await (await api.As("editor").PostJsonAsync("/api/v1/delegations", DelegationBodies.Visit("Feed Follow Delegation")))
            .AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await PostAsync($"/api/v1/delegations/{delegation}/publish");
        await PostAsync($"/api/v1/delegations/{delegation}/cancel");

        var ours = new HashSet<string> { organisation, eventId, delegation };
        var seenByStaff = (await PollUntilAsync(staff, all => all.Count(c => c.Id == delegation) == 3)).Where(c => ours.Contains(c.Id)).ToList();
        var seenByPublic = (await PollUntilAsync(anonymous, all => all.Count(c => c.Id == delegation) == 2)).Where(c => ours.Contains(c.Id)).ToList();

        Assert.Equal(
        [
            new("organisation", organisation, "updated", true),
            new("event", eventId, "updated", false), new("event", eventId, "updated", true), new("event", eventId, "updated", false),
            new("event", eventId, "deleted", false),
            new("delegation", delegation, "updated", false), new("delegation", delegation, "updated", true), new("delegation", delegation, "updated", false),
        ], seenByStaff);
        // The public never saw the drafts; the unpublished event and the cancelled delegation left its view.
        Assert.Equal(
        [
            new("organisation", organisation, "updated", true),
            new("event", eventId, "updated", true), new("event", eventId, "deleted", false),
            new("delegation", delegation, "updated", true), new("delegation", delegation, "deleted", false),
        ], seenByPublic);
    }

    [Fact]
    public async Task Feed_FilteredByType_PagedOneByOne_GivesEachChangeOnceWithAWorkingUrl()
    {
        var start = new Follower(api.Anonymous(), "&type=organisation,person");
        await start.PollAsync();
        var names = Enumerable.Range(1, 5).Select(i => $"Paged Feed Organisation {i}").ToList();
        var ids = new List<string>();
        foreach (var name in names) ids.Add((await api.AddOrganisationAsync(name)).ToString());
        await CreateEventAsync("Not An Organisation");

        var seen = await PollUntilAsync(start, all => ids.All(id => all.Any(c => c.Id == id)));
        var onePage = new Follower(api.Anonymous(), "&type=organisation,person");
        var byOne = new List<Change>();
        // Walked one change a page from the start, the same changes come, in the same order, once each.
        while (true)
        {
            var fresh = await onePage.PollAsync(limit: 1);
            byOne.AddRange(fresh);
            if (ids.All(id => byOne.Any(c => c.Id == id))) break;
        }

        Assert.All(seen, c => Assert.True(c.Type is "organisation" or "person", c.Type));
        Assert.Equal(byOne.Count, byOne.Distinct().Count());
        Assert.Equal(ids, byOne.Where(c => ids.Contains(c.Id)).Select(c => c.Id));
        // Followed to its end: the whole suite's organisations may fill more than one page.
        string? url = null, cursor = null;
        JsonNode page;
        do
        {
            page = await (await api.Anonymous().GetAsync("/api/v1/changes?type=organisation&limit=1000" +
                (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"))).AssertJsonAsync(HttpStatusCode.OK);
            url = page["items"]!.AsArray().LastOrDefault(i => i!["id"]!.GetValue<string>() == ids[^1])?["url"]!.GetValue<string>() ?? url;
            cursor = page["nextCursor"]!.GetValue<string>();
        } while (page["hasMore"]!.GetValue<bool>());
        Assert.NotNull(url);
        var organisation = await (await api.Anonymous().GetAsync(new Uri(url).PathAndQuery)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(names[^1], organisation["name"]!["en"]!.GetValue<string>());
        await (await api.Anonymous().GetAsync("/api/v1/changes?type=registration")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await api.Anonymous().GetAsync("/api/v1/changes?cursor=not-a-cursor")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Feed_WhenAnEarlierWriterCommitsAfterALaterOne_TheReaderGetsBothOnceAndInCommitSafeOrder()
    {
        var (early, late) = (await api.AddOrganisationAsync("Early Writer"), await api.AddOrganisationAsync("Late Writer"));
        var follower = new Follower(api.Anonymous(), "&type=organisation");
        await PollUntilAsync(follower, all => all.Any(c => c.Id == late.ToString()));
        follower.Changes.Clear();

        await using var earlyConnection = new NpgsqlConnection(api.ConnectionString);
        await earlyConnection.OpenAsync();
        await using var earlyTransaction = await earlyConnection.BeginTransactionAsync();
        await RenameAsync(earlyConnection, earlyTransaction, early, "Early Writer Renamed");
        await using (var lateConnection = new NpgsqlConnection(api.ConnectionString))
        {
            await lateConnection.OpenAsync();
            await using var lateTransaction = await lateConnection.BeginTransactionAsync();
            await RenameAsync(lateConnection, lateTransaction, late, "Late Writer Renamed");
            await lateTransaction.CommitAsync();
        }

        // Committed, yet held back behind the open transaction that started first.
        Assert.DoesNotContain(await follower.PollAsync(), c => c.Id == late.ToString() || c.Id == early.ToString());
        await earlyTransaction.CommitAsync();
        await PollUntilAsync(follower, all => all.Any(c => c.Id == late.ToString()));

        Assert.Equal([early.ToString(), late.ToString()], follower.Changes.Select(c => c.Id).Where(id => id == early.ToString() || id == late.ToString()));
    }

    private static async Task RenameAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, string name)
    {
        await using var command = new NpgsqlCommand("UPDATE organisations SET name = jsonb_build_object('en', @name) WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("id", id);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Webhooks_TellOfContentAsThePublicSeesIt()
    {
        await api.TurnOffEarlierSubscriptionsAsync();
        await api.DispatchUntilIdleAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var url = receiver.Answer("/content", _ => 204);
        await api.SubscribeAsync(url, ["organisation.created", "delegation.created", "delegation.deleted", "event.unpublished", "event.deleted"]);

        var organisation = await api.AddOrganisationAsync("Webhook Content Organisation");
        var delegation = (await (await api.As("editor").PostJsonAsync("/api/v1/delegations", DelegationBodies.Visit("Webhook Content Delegation")))
            .AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
        await PostAsync($"/api/v1/delegations/{delegation}/publish");
        await PostAsync($"/api/v1/delegations/{delegation}/cancel");
        var eventId = await CreateEventAsync("Webhook Unpublished Seminar");
        await PostAsync($"/api/v1/events/{eventId}/publish");
        await PostAsync($"/api/v1/events/{eventId}/unpublish");
        await api.DispatchUntilIdleAsync();

        var told = receiver.At("/content").Select(r => JsonNode.Parse(r.Body)!).Select(b => (Type: b["type"]!.GetValue<string>(), Id: b["data"]!["id"]!.GetValue<string>())).ToList();
        // Deliveries are sent side by side, in no guaranteed order (docs/integration.md says so): compared as a set.
        Assert.Equal(
            new[] { ("organisation.created", organisation.ToString()), ("delegation.created", delegation), ("delegation.deleted", delegation), ("event.unpublished", eventId) }
                .Order(), told.Order());
        var created = receiver.At("/content").Select(r => JsonNode.Parse(r.Body)!).Single(b => b["type"]!.GetValue<string>() == "organisation.created");
        Assert.Equal($"/api/v1/organisations/{organisation}", created["data"]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unpublish_IsRefusedForAnEventWithLiveRegistrations()
    {
        var eventId = await api.OpenEventAsync("Unpublish With Registrations");
        await api.RegisterAsync(eventId, "unpublish.registrant@example.org");

        await (await api.As("editor").PostAsync($"/api/v1/events/{eventId}/unpublish", null)).AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
        var draft = await CreateEventAsync("Unpublish A Draft");
        await (await api.As("editor").PostAsync($"/api/v1/events/{draft}/unpublish", null)).AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
    }
}
