using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// Planned publications, carried out by the publication schedule's background service of two API instances on one
/// database and one Redis output cache, each on a fake clock that the tests move.
/// </summary>
public sealed class PublicationScheduleTests(PublicationScheduleTests.TwoInstances instances) : IClassFixture<PublicationScheduleTests.TwoInstances>
{
    private const string Feed = "/api/v1/feeds/events";

    /// <summary>One instance of the deployment, its publication schedule on and its clock fake.</summary>
    public sealed class ScheduledApiFactory(DateTimeOffset start, string? sharedConnectionString = null) : FeedApiFactory
    {
        public FakeTimeProvider Clock { get; } = new(start);

        protected override string? SharedConnectionString => sharedConnectionString;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OutputCache:Redis", RedisApiFactory.RedisConfiguration);
            builder.UseSetting("PublicationSchedule:Enabled", "true");
            builder.UseSetting("PublicationSchedule:Interval", "00:00:15");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    /// <summary>Instance A owns the database; B shares it and the Redis server; both clocks start at the same instant.</summary>
    public sealed class TwoInstances : IAsyncLifetime
    {
        private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow;

        public ScheduledApiFactory A { get; } = new(Start);

        public ScheduledApiFactory B { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await A.InitializeAsync();
            B = new ScheduledApiFactory(Start, A.ConnectionString);
            await B.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
        }

        public DateTimeOffset Now => A.Clock.GetUtcNow();

        /// <summary>Moves both clocks at once, so that both instances' services run at the same moment.</summary>
        public void Advance(TimeSpan by)
        {
            var (a, b) = (Task.Run(() => A.Clock.Advance(by)), Task.Run(() => B.Clock.Advance(by)));
            Task.WaitAll(a, b);
        }
    }

    private static string Instant(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static async Task<List<string>> TitlesAsync(ApiFactory api, string tag) =>
        [.. (await (await api.Anonymous().GetAsync($"{Feed}?tag={tag}")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(i => i!["title"]!.GetValue<string>())];

    private async Task<string> DraftEventAsync(string title, string tag) =>
        (await (await instances.A.As("editor").PostJsonAsync("/api/v1/events", EventBodies.Seminar(title, tags: [tag])))
            .AssertJsonAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static Task<HttpResponseMessage> ScheduleAsync(ApiFactory api, string path, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt = null)
    {
        var body = new JsonObject { ["publishAt"] = publishAt is { } p ? Instant(p) : null };
        if (unpublishAt is { } u) body["unpublishAt"] = Instant(u);
        return api.As("editor").PutJsonAsync($"{path}/publication-schedule", body);
    }

    /// <summary>Waits (in real time) until the background services have done what the moved clocks made due.</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"The publication schedule did not {what} in time.");
            await Task.Delay(100);
        }
    }

    private async Task<List<JsonNode>> SystemEntriesAsync(string resourceType, string id)
    {
        var page = await (await instances.A.As("admin").GetAsync($"/api/v1/audit?resourceType={resourceType}&resourceId={id}&limit=100"))
            .AssertJsonAsync(HttpStatusCode.OK);
        return [.. page["items"]!.AsArray().Where(e => e!["actorKind"]!.GetValue<string>() == "system").Select(e => e!)];
    }

    /// <summary>The changes feed's rows for a resource that brought it into the public's view.</summary>
    private Task<int> PublicArrivalsAsync(string id) =>
        instances.A.WithDbAsync(db => db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM content_changes WHERE resource_id = {Guid.Parse(id)} AND is_public AND NOT was_public").SingleAsync());

    private Task<int> OutboxEventsAsync(string type, string id) =>
        instances.A.WithDbAsync(db => db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE type = {type} AND payload LIKE {"%" + id + "%"}").SingleAsync());

    /// <summary>How many changes both instances' services say they carried out, and how many of their runs failed.</summary>
    private (int CarriedOut, int Failed) Runs() =>
        (new[] { instances.A, instances.B }.Sum(api => api.Log.Containing("Publication schedule: carried out ")
                .Sum(m => int.Parse(m.Split("carried out ")[1].Split(' ')[0], CultureInfo.InvariantCulture))),
            instances.A.Log.Count("Publication schedule run failed") + instances.B.Log.Count("Publication schedule run failed"));

    [Fact]
    public async Task Planned_events_are_published_once_by_two_instances_audited_as_the_system_and_the_shared_feed_cache_evicted()
    {
        var (a, b) = (instances.A, instances.B);
        var tag = $"sched-{Guid.NewGuid():N}"[..20];
        var ids = new List<string>();
        for (var i = 0; i < 12; i++) ids.Add(await DraftEventAsync($"Planned Seminar {i:00}", tag));
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var planned = await (await ScheduleAsync(i % 2 == 0 ? a : b, $"/api/v1/events/{id}", instances.Now.AddMinutes(1)))
                .AssertJsonAsync(HttpStatusCode.OK);
            Assert.Equal("draft", planned["status"]!.GetValue<string>());
            Assert.NotNull(planned["publishAt"]);
        }
        // Both instances cache the (empty) feed in Redis before the time comes.
        Assert.Empty(await TitlesAsync(a, tag));
        Assert.Empty(await TitlesAsync(b, tag));

        // Not yet due: a run changes nothing.
        instances.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(500);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Anonymous().GetAsync($"/api/v1/events/{ids[0]}")).StatusCode);

        var before = Runs();
        instances.Advance(TimeSpan.FromSeconds(45));
        await EventuallyAsync(async () => (await TitlesAsync(b, tag)).Count == ids.Count, "publish every planned event");
        // Another run of both instances afterwards finds nothing left to do.
        instances.Advance(TimeSpan.FromSeconds(15));
        await Task.Delay(500);

        Assert.Equal(ids.Count, (await TitlesAsync(a, tag)).Count);
        // Each item claimed by one instance alone: none carried out twice, no run tripping over the other's work.
        Assert.Equal((before.CarriedOut + ids.Count, before.Failed), Runs());
        foreach (var id in ids)
        {
            var evt = await (await a.Anonymous().GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK);
            Assert.Equal("published", evt["status"]!.GetValue<string>());
            Assert.Null(evt["publishAt"]);
            var entry = Assert.Single(await SystemEntriesAsync("event", id));
            Assert.Equal("publication-schedule", entry["actorId"]!.GetValue<string>());
            Assert.Equal(1, await PublicArrivalsAsync(id));
            Assert.Equal(1, await OutboxEventsAsync("event.published", id));
        }
    }

    [Fact]
    public async Task A_planned_take_down_returns_the_event_to_draft_and_out_of_the_feed()
    {
        var tag = $"down-{Guid.NewGuid():N}"[..20];
        var id = await DraftEventAsync("Short-Lived Seminar", tag);
        (await ScheduleAsync(instances.B, $"/api/v1/events/{id}", instances.Now.AddMinutes(1), instances.Now.AddMinutes(3)))
            .EnsureSuccessStatusCode();

        instances.Advance(TimeSpan.FromMinutes(1.5));
        await EventuallyAsync(async () => (await TitlesAsync(instances.A, tag)).Count == 1, "publish the event");
        var published = await (await instances.A.Anonymous().GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.NotNull(published["unpublishAt"]);

        instances.Advance(TimeSpan.FromMinutes(2));
        await EventuallyAsync(async () => (await TitlesAsync(instances.B, tag)).Count == 0, "take the event down");
        Assert.Equal(HttpStatusCode.NotFound, (await instances.A.Anonymous().GetAsync($"/api/v1/events/{id}")).StatusCode);
        var draft = await (await instances.A.As("editor").GetAsync($"/api/v1/events/{id}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal("draft", draft["status"]!.GetValue<string>());
        Assert.Null(draft["unpublishAt"]);
        Assert.Equal(2, (await SystemEntriesAsync("event", id)).Count);
    }

    [Fact]
    public async Task A_plan_in_the_past_or_ending_before_it_starts_is_refused_and_publishing_by_hand_drops_the_plan()
    {
        var id = await DraftEventAsync("Refused Plan Seminar", "refused-plan");
        var path = $"/api/v1/events/{id}";

        var past = await (await ScheduleAsync(instances.A, path, instances.Now.AddMinutes(-1))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["publishAt"], past.ErrorKeys());
        var backwards = await (await ScheduleAsync(instances.A, path, instances.Now.AddHours(2), instances.Now.AddHours(1)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["unpublishAt"], backwards.ErrorKeys());
        var unchanged = await (await instances.A.As("editor").GetAsync(path)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Null(unchanged["publishAt"]);

        // Given in Hong Kong time, kept as the same instant.
        var hongKong = new DateTimeOffset(instances.Now.AddDays(1).UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8));
        var planned = await (await ScheduleAsync(instances.A, path, hongKong)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(hongKong, DateTimeOffset.Parse(planned["publishAt"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        var byHand = await (await instances.A.As("editor").PostAsync($"{path}/publish", null)).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Null(byHand["publishAt"]);
        await (await ScheduleAsync(instances.A, path, instances.Now.AddDays(1))).AssertProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
        // A public event may still be given a take-down time alone.
        var takeDown = await (await ScheduleAsync(instances.A, path, null, instances.Now.AddDays(2))).AssertJsonAsync(HttpStatusCode.OK);
        Assert.NotNull(takeDown["unpublishAt"]);
    }

    [Fact]
    public async Task A_planned_delegation_is_published_once_through_the_same_path_as_by_hand()
    {
        var created = await (await instances.A.As("editor").PostJsonAsync("/api/v1/delegations", DelegationBodies.Visit("Planned Delegation")))
            .AssertJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        var planned = await (await ScheduleAsync(instances.A, $"/api/v1/delegations/{id}", instances.Now.AddMinutes(1))).AssertJsonAsync(HttpStatusCode.OK);
        Assert.NotNull(planned["publishAt"]);
        Assert.Equal(HttpStatusCode.NotFound, (await instances.B.Anonymous().GetAsync($"/api/v1/delegations/{id}")).StatusCode);

        instances.Advance(TimeSpan.FromMinutes(1.5));
        await EventuallyAsync(async () => (await instances.B.Anonymous().GetAsync($"/api/v1/delegations/{id}")).StatusCode == HttpStatusCode.OK,
            "publish the delegation");
        instances.Advance(TimeSpan.FromSeconds(15));
        await Task.Delay(500);

        Assert.Single(await SystemEntriesAsync("delegation", id));
        Assert.Equal(1, await PublicArrivalsAsync(id));
    }
}
