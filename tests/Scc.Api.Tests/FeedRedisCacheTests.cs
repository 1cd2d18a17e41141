using System.Net;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>Two API instances on one database and one Redis output cache, as a deployment of several instances runs.</summary>
public sealed class FeedRedisCacheTests(FeedRedisCacheTests.TwoInstances instances) : IClassFixture<FeedRedisCacheTests.TwoInstances>
{
    private const string Feed = "/api/v1/feeds/events";

    /// <summary>Instance A owns the database; B shares it and the Redis server.</summary>
    public sealed class TwoInstances : IAsyncLifetime
    {
        public RedisApiFactory A { get; } = new();

        public RedisApiFactory B { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await A.InitializeAsync();
            B = new RedisApiFactory(A.ConnectionString);
            await B.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
        }
    }

    private static async Task<List<string>> TitlesAsync(ApiFactory api, string tag) =>
        [.. (await (await api.Anonymous().GetAsync($"{Feed}?tag={tag}")).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(i => i!["title"]!.GetValue<string>())];

    [Fact]
    public async Task JsonFeed_CachedByInstanceB_IsEvictedByAChangeThroughInstanceA()
    {
        var (a, b) = (instances.A, instances.B);
        var tag = $"redis-{Guid.NewGuid():N}"[..20];
        var editor = a.As("editor");
        var created = await (await editor.PostJsonAsync("/api/v1/events", EventBodies.Seminar("Shared Cache Seminar", tags: [tag])))
            .AssertJsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        (await editor.PostAsync($"/api/v1/events/{id}/publish", null)).EnsureSuccessStatusCode();

        // B computes the feed once, then serves it from Redis: a change behind the cache is not seen...
        var handledBefore = b.Handled("ListFeedEventsQuery");
        Assert.Equal(["Shared Cache Seminar"], await TitlesAsync(b, tag));
        await a.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE events SET title = jsonb_set(title, '{{en}}', '\"Changed Behind The Cache\"') WHERE id = {Guid.Parse(id)}"));
        Assert.Equal(["Shared Cache Seminar"], await TitlesAsync(b, tag));
        Assert.Equal(handledBefore + 1, b.Handled("ListFeedEventsQuery"));

        // ...until a change through A evicts the entry that B had stored.
        (await editor.PutJsonAsync($"/api/v1/events/{id}", EventBodies.Seminar("Renamed Through Instance A", tags: [tag])))
            .EnsureSuccessStatusCode();

        Assert.Equal(["Renamed Through Instance A"], await TitlesAsync(b, tag));
        Assert.Equal(handledBefore + 2, b.Handled("ListFeedEventsQuery"));
    }
}
