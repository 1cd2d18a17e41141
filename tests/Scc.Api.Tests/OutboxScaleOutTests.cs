using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>
/// Two API instances on one database, each running its own outbox dispatcher in the background, as a deployment of
/// several instances does. The poll is an hour: anything delivered within the test was woken by a NOTIFY.
/// </summary>
public sealed class OutboxScaleOutTests(OutboxScaleOutTests.TwoInstances instances) : IClassFixture<OutboxScaleOutTests.TwoInstances>
{
    /// <summary>An instance whose dispatcher runs in the background; given another's database and SMTP sink, it shares them.</summary>
    public sealed class RunningOutboxApiFactory(string? sharedConnectionString = null, SmtpSink? sharedSmtp = null) : WebhookApiFactory
    {
        protected override string? SharedConnectionString => sharedConnectionString;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Outbox:Enabled", "true");
            builder.UseSetting("Outbox:PollInterval", "01:00:00");
            // Small batches, so that the two dispatchers take turns on the same rows.
            builder.UseSetting("Outbox:BatchSize", "10");
            builder.UseSetting("Outbox:MaxConcurrencyPerEndpoint", "4");
            if (sharedSmtp is not null) builder.UseSetting("Email:Port", sharedSmtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public sealed class TwoInstances : IAsyncLifetime
    {
        public RunningOutboxApiFactory A { get; } = new();

        public RunningOutboxApiFactory B { get; private set; } = null!;

        public WebhookReceiver Receiver { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await A.InitializeAsync();
            B = new RunningOutboxApiFactory(A.ConnectionString, A.Smtp);
            await B.InitializeAsync();
            Receiver = await WebhookReceiver.StartAsync();
        }

        public async Task DisposeAsync()
        {
            await Receiver.DisposeAsync();
            await B.DisposeAsync();
            await A.DisposeAsync();
        }
    }

    private static Task WaitForAsync(Func<bool> done, TimeSpan timeout, string what) => WaitForAsync(() => Task.FromResult(done()), timeout, what);

    private static async Task WaitForAsync(Func<Task<bool>> done, TimeSpan timeout, string what)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Not within {timeout}: {what}");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Two_instances_deliver_each_webhook_and_email_of_a_burst_exactly_once()
    {
        const int registrations = 120;
        var path = "/burst-" + Guid.NewGuid().ToString("N")[..8];
        var url = instances.Receiver.Answer(path, _ => 200);
        var webhookId = (await instances.A.SubscribeAsync(url, ["registration.created"]))["webhook"]!["id"]!.GetValue<string>();
        var eventId = await instances.A.OpenEventAsync("Scale-out Burst Seminar", capacity: 1000);
        var tag = Guid.NewGuid().ToString("N")[..10];
        int EmailsOfThisBurst() => instances.A.Smtp.Messages.Count(m => m.To.ToString().Contains(tag, StringComparison.Ordinal));

        // Submitted through both instances, concurrently.
        var receipts = await Task.WhenAll(Enumerable.Range(0, registrations).Select(i =>
            (i % 2 == 0 ? instances.A : instances.B).RegisterAsync(eventId, $"burst{i}-{tag}@example.org")));
        var registrationIds = receipts.Select(r => r["registration"]!["id"]!.GetValue<string>()).ToHashSet();

        await WaitForAsync(() => instances.Receiver.At(path).Count >= registrations && EmailsOfThisBurst() >= registrations,
            TimeSpan.FromSeconds(60), "every webhook and e-mail sent");
        // Anything sent twice would come in the moments after the last first delivery.
        await Task.Delay(TimeSpan.FromSeconds(1));

        var requests = instances.Receiver.At(path);
        Assert.Equal(registrations, requests.Count);
        Assert.Equal(registrations, requests.Select(r => r.DeliveryId).Distinct().Count());
        Assert.Equal(registrationIds, requests.Select(r => JsonNode.Parse(r.Body)!["data"]!["id"]!.GetValue<string>()).ToHashSet());
        var recipients = instances.A.Smtp.Messages.Where(m => m.To.ToString().Contains(tag, StringComparison.Ordinal)).Select(m => m.To.ToString()).ToList();
        Assert.Equal(registrations, recipients.Count);
        Assert.Equal(registrations, recipients.Distinct().Count());
        var attempts = await instances.A.WithDbAsync(db => db.WebhookDeliveries.Where(d => d.SubscriptionId == Guid.Parse(webhookId))
            .Select(d => d.AttemptCount).ToListAsync());
        Assert.Equal(registrations, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(1, a));
    }

    [Fact]
    public async Task A_listener_whose_connection_is_killed_listens_again_and_the_next_change_is_delivered_without_a_poll()
    {
        var path = "/after-drop-" + Guid.NewGuid().ToString("N")[..8];
        var url = instances.Receiver.Answer(path, _ => 200);
        await instances.A.SubscribeAsync(url, ["registration.created"]);
        var eventId = await instances.A.OpenEventAsync("Dropped Listener Seminar");

        var killed = await instances.A.WithDbAsync(db => db.Database.SqlQuery<bool>(
            $"SELECT pg_terminate_backend(pid) AS \"Value\" FROM pg_stat_activity WHERE application_name = 'scc-outbox-listener' AND datname = current_database()").ToListAsync());
        Assert.Equal(2, killed.Count(k => k));
        // Both listeners connect again (after a second's back-off) ...
        await WaitForAsync(async () => await ListenersAsync(instances.A) == 2, TimeSpan.FromSeconds(15), "both listeners back");

        // ... and the next registration is delivered at once, not at the hourly poll.
        await instances.B.RegisterAsync(eventId, $"after-drop-{Guid.NewGuid():N}@example.org");
        await WaitForAsync(() => instances.Receiver.At(path).Count == 1, TimeSpan.FromSeconds(15), "the delivery after the drop");
    }

    private static Task<int> ListenersAsync(ApiFactory api) => api.WithDbAsync(db => db.Database.SqlQuery<int>(
        $"SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE application_name = 'scc-outbox-listener' AND datname = current_database()").SingleAsync());
}
