using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Security;

/// <summary>
/// The limiter on with small limits, counted in the Redis of <c>OutputCache:Redis</c>. Given another instance's
/// connection string, a second instance of the same deployment. The limits tested here are per event, per staff user
/// and per key, each new in every test, so that counts left in Redis by other tests or runs change nothing.
/// </summary>
public sealed class SharedLimitsApiFactory(string? sharedConnectionString = null, string? redis = null) : ApiFactory
{
    protected override string? SharedConnectionString => sharedConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OutputCache:Redis", redis ?? RedisApiFactory.RedisConfiguration);
        builder.UseSetting("RateLimiting:Enabled", "true");
        builder.UseSetting("RateLimiting:RegistrationsPerIp:PermitLimit", "1000");
        builder.UseSetting("RateLimiting:RegistrationsPerEvent:PermitLimit", "4");
        builder.UseSetting("RateLimiting:Staff:PermitLimit", "3");
        builder.UseSetting("RateLimiting:ApiKey:PermitLimit", "3");
        builder.UseSetting("RateLimiting:AnonymousPerIp:PermitLimit", "100000");
        foreach (var limit in new[] { "RegistrationsPerIp", "RegistrationsPerEvent", "ApiKey", "Staff", "AnonymousPerIp" })
            builder.UseSetting($"RateLimiting:{limit}:Window", "01:00:00");
    }
}

public sealed class SharedRateLimitTests(SharedRateLimitTests.TwoInstances instances) : IClassFixture<SharedRateLimitTests.TwoInstances>
{
    /// <summary>Two instances on one database and one Redis.</summary>
    public sealed class TwoInstances : IAsyncLifetime
    {
        public SharedLimitsApiFactory A { get; } = new();

        public SharedLimitsApiFactory B { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await A.InitializeAsync();
            B = new SharedLimitsApiFactory(A.ConnectionString);
            await B.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    [Fact]
    public async Task A_staff_users_requests_spread_over_two_instances_meet_one_limit_not_one_each()
    {
        var subject = "shared-limit-" + Guid.NewGuid();
        var onA = instances.A.WithToken(TestTokens.For("editor", subject: subject));
        var onB = instances.B.WithToken(TestTokens.For("editor", subject: subject));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++) answers.Add(await (i % 2 == 0 ? onA : onB).GetAsync("/api/v1/events?limit=1"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            answers.Select(a => a.StatusCode));
        // What is left is the deployment's, whichever instance answers.
        Assert.Equal(["\"staff\";r=2", "\"staff\";r=1", "\"staff\";r=0"], answers.Take(3).Select(a => Header(a, "RateLimit")));
        Assert.All(answers, a => Assert.Equal("\"staff\";q=3;w=3600", Header(a, "RateLimit-Policy")));
        foreach (var refused in answers.Skip(3))
        {
            await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
            Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 3000, 3600);
        }
        // Another user has their own allowance.
        Assert.Equal(HttpStatusCode.OK, (await instances.B.WithToken(TestTokens.For("editor", subject: "other-" + Guid.NewGuid())).GetAsync("/api/v1/events?limit=1")).StatusCode);
    }

    [Fact]
    public async Task Registration_submits_to_one_event_through_both_instances_meet_the_events_limit_once()
    {
        var eventId = await RateLimitingTests.OpenEventAsync(instances.A);

        // Concurrent too: the check and the count are one step in Redis, so no race lets a fifth through.
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            RateLimitingTests.Submit(i % 2 == 0 ? instances.A : instances.B, eventId, $"shared{i}-{Guid.NewGuid():N}@example.org")));

        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(6, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        var stored = await instances.A.WithDbAsync(db => Task.FromResult(db.Registrations.Count(r => r.EventId == Guid.Parse(eventId))));
        Assert.Equal(4, stored);
    }

    [Fact]
    public async Task An_api_key_used_on_both_instances_meets_one_limit()
    {
        var (_, secret) = await instances.A.CreateKeyAsync(["registrations:read"]);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await (i % 2 == 0 ? instances.B : instances.A).WithKey(secret).GetAsync("/api/v1/registrations?limit=1")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}

/// <summary>The shared store cannot be reached (nothing listens on its port): each instance limits on its own, and never answers 500.</summary>
public sealed class UnreachableRateLimitStoreTests(UnreachableRateLimitStoreTests.UnreachableRedisApiFactory api)
    : IClassFixture<UnreachableRateLimitStoreTests.UnreachableRedisApiFactory>
{
    public sealed class UnreachableRedisApiFactory() : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OutputCache:Redis", $"127.0.0.1:{ClosedPort.Find()},connectTimeout=300");
            builder.UseSetting("RateLimiting:Enabled", "true");
            builder.UseSetting("RateLimiting:Staff:PermitLimit", "3");
            builder.UseSetting("RateLimiting:Staff:Window", "01:00:00");
        }
    }

    [Fact]
    public async Task Staff_are_still_limited_per_instance_and_quickly()
    {
        var editor = api.WithToken(TestTokens.For("editor", subject: "unreachable-store-" + Guid.NewGuid()));
        var clock = Stopwatch.StartNew();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await editor.GetAsync("/api/v1/events?limit=1")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Failing fast: no request waits for a store that is not there.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"five requests took {clock.Elapsed}");
    }
}
