using System.Diagnostics.Metrics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scc.Api.Tests.Support;
using Scc.Infrastructure.Outbox;

namespace Scc.Api.Tests;

/// <summary>Deliveries to a real HTTP receiver on a loopback port, dispatched by the tests themselves.</summary>
public sealed class WebhookDeliveryTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>, IAsyncLifetime
{
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync()
    {
        await api.TurnOffEarlierSubscriptionsAsync();
        // Events earlier tests left undispatched must not reach this test's subscriptions.
        await api.DispatchUntilIdleAsync();
        receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    /// <summary>The receiver's side: HMAC-SHA256 with the secret over "{timestamp}.{body}", hex, after "v1=".</summary>
    private static bool SignatureVerifies(string secret, ReceivedWebhook request)
    {
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(request.Timestamp + "." + request.Body)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(request.Signature));
    }

    [Fact]
    public async Task Dispatch_WhenAnEventIsPublished_PostsASignedEnvelopeWithDeliveryHeaders()
    {
        var url = receiver.Answer("/signed", _ => 204);
        var receipt = await api.SubscribeAsync(url, ["event.published"]);
        var secret = receipt["secret"]!.GetValue<string>();

        var eventId = await api.OpenEventAsync("Signed Webhook Seminar");
        await api.DispatchUntilIdleAsync();

        var request = Assert.Single(receiver.At("/signed"));
        Assert.True(SignatureVerifies(secret, request), "the signature verifies with the subscription's secret");
        Assert.False(SignatureVerifies(secret + "x", request), "and not with another secret");
        Assert.Equal("event.published", request.EventType);
        Assert.True(Guid.TryParse(request.DeliveryId, out _));
        Assert.InRange(long.Parse(request.Timestamp, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("event.published", body["type"]!.GetValue<string>());
        Assert.Equal(eventId, body["data"]!["id"]!.GetValue<string>());
        Assert.Equal("published", body["data"]!["status"]!.GetValue<string>());
        Assert.Equal("Signed Webhook Seminar", body["data"]!["title"]!["en"]!.GetValue<string>());
        var delivery = Assert.Single(await api.DeliveriesAsync(receipt["webhook"]!["id"]!.GetValue<string>()))!;
        Assert.Equal(request.DeliveryId, delivery["id"]!.GetValue<string>());
        Assert.Equal(body["id"]!.GetValue<string>(), delivery["eventId"]!.GetValue<string>());
        Assert.Equal("delivered", delivery["status"]!.GetValue<string>());
        Assert.Equal(204, delivery["attempts"]![0]!["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Dispatch_WhenTheReceiverFailsThreeTimes_RetriesAndDeliversExactlyOnce()
    {
        var url = receiver.Answer("/flaky", earlier => earlier < 3 ? 503 : 200);
        var webhookId = (await api.SubscribeAsync(url, ["registration.created"]))["webhook"]!["id"]!.GetValue<string>();
        var eventId = await api.OpenEventAsync("Flaky Receiver Seminar");
        var registration = await api.RegisterAsync(eventId, "flaky.receiver@example.org");
        // The operators' view: this host's outbox instruments.
        var failures = 0L;
        var lags = new List<(double Seconds, string? Stage)>();
        var meters = api.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OutboxMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters)) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "scc.webhooks.failures") Interlocked.Add(ref failures, value);
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name != "scc.outbox.lag") return;
            var stage = tags.ToArray().FirstOrDefault(t => t.Key == "stage").Value as string;
            lock (lags) lags.Add((value, stage));
        });
        listener.Start();

        await api.DispatchUntilIdleAsync();

        var requests = receiver.At("/flaky");
        Assert.Equal([503, 503, 503, 200], requests.Select(r => r.AnsweredWith));
        Assert.Single(requests.Select(r => r.DeliveryId).Distinct());
        Assert.Single(requests.Select(r => r.Body).Distinct());
        Assert.Single(requests, r => r.AnsweredWith == 200);
        Assert.Equal(registration["registration"]!["id"]!.GetValue<string>(), JsonNode.Parse(requests[0].Body)!["data"]!["id"]!.GetValue<string>());
        var delivery = Assert.Single(await api.DeliveriesAsync(webhookId))!;
        Assert.Equal("delivered", delivery["status"]!.GetValue<string>());
        Assert.Equal([1, 2, 3, 4], delivery["attempts"]!.AsArray().Select(a => a!["number"]!.GetValue<int>()));
        Assert.Equal([503, 503, 503, 200], delivery["attempts"]!.AsArray().Select(a => a!["statusCode"]!.GetValue<int>()));
        Assert.All(delivery["attempts"]!.AsArray().Take(3), a => Assert.Equal("The receiver answered 503.", a!["error"]!.GetValue<string>()));
        // Subscriptions of earlier tests in this class may fail too (their receivers are gone): at least these three.
        Assert.True(Interlocked.Read(ref failures) >= 3, $"{failures} failures counted");
        Assert.Contains(lags, l => l.Stage == "webhook" && l.Seconds is >= 0 and < 600);
    }

    [Fact]
    public async Task Dispatch_TwoDispatchersAtOnce_DeliverEachOf50EventsOnce()
    {
        var url = receiver.Answer("/counted", _ => 200);
        var webhookId = (await api.SubscribeAsync(url, ["registration.created"]))["webhook"]!["id"]!.GetValue<string>();
        var eventId = await api.OpenEventAsync("Two Dispatchers Seminar");
        for (var i = 0; i < 50; i++) await api.RegisterAsync(eventId, $"counted{i}@example.org");

        // Two instances, as two API processes would run them; small batches make them take turns on the same rows.
        var first = api.NewDispatcher();
        var second = api.NewDispatcher();
        await Task.WhenAll(Task.Run(() => api.DispatchUntilIdleAsync(first)), Task.Run(() => api.DispatchUntilIdleAsync(second)));
        await api.DispatchUntilIdleAsync();

        var requests = receiver.At("/counted");
        Assert.Equal(50, requests.Count);
        Assert.Equal(50, requests.Select(r => r.DeliveryId).Distinct().Count());
        Assert.Equal(50, requests.Select(r => JsonNode.Parse(r.Body)!["data"]!["id"]!.GetValue<string>()).Distinct().Count());
        var deliveries = await api.DeliveriesAsync(webhookId);
        Assert.Equal(50, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(1, d!["attemptCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Dispatch_WhenTheReceiverAnswers410_DisablesTheSubscription()
    {
        var url = receiver.Answer("/gone", _ => 410);
        var webhookId = (await api.SubscribeAsync(url, ["event.published", "event.updated"]))["webhook"]!["id"]!.GetValue<string>();
        var eventId = await api.OpenEventAsync("Gone Receiver Seminar");

        await api.DispatchUntilIdleAsync();

        var webhook = await (await api.As("admin").GetAsync($"/api/v1/webhooks/{webhookId}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.False(webhook["active"]!.GetValue<bool>());
        Assert.Contains("410", webhook["disabledReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("deadLettered", Assert.Single(await api.DeliveriesAsync(webhookId))!["status"]!.GetValue<string>());

        // Nothing more goes to it.
        await (await api.As("editor").PostAsync($"/api/v1/events/{eventId}/postpone", null)).AssertJsonAsync(HttpStatusCode.OK);
        await api.DispatchUntilIdleAsync();
        Assert.Single(receiver.At("/gone"));
    }

    [Fact]
    public async Task RedeliverEvent_SendsAPastEventAgainUnderANewDeliveryId()
    {
        var url = receiver.Answer("/again", _ => 200);
        var webhookId = (await api.SubscribeAsync(url, ["registration.created"]))["webhook"]!["id"]!.GetValue<string>();
        var eventId = await api.OpenEventAsync("Redelivered Event Seminar");
        await api.RegisterAsync(eventId, "again@example.org");
        await api.DispatchUntilIdleAsync();
        var first = Assert.Single(receiver.At("/again"));
        var webhookEventId = JsonNode.Parse(first.Body)!["id"]!.GetValue<string>();

        var response = await api.As("admin").PostAsync($"/api/v1/webhooks/{webhookId}/events/{webhookEventId}/redeliver", null);
        var redelivery = await response.AssertJsonAsync(HttpStatusCode.Created);
        await api.DispatchUntilIdleAsync();

        var requests = receiver.At("/again");
        Assert.Equal(2, requests.Count);
        Assert.Equal(first.Body, requests[1].Body);
        Assert.NotEqual(first.DeliveryId, requests[1].DeliveryId);
        Assert.Equal(redelivery["id"]!.GetValue<string>(), requests[1].DeliveryId);
        await (await api.As("admin").PostAsync($"/api/v1/webhooks/{webhookId}/events/{Guid.CreateVersion7()}/redeliver", null))
            .AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Outbox_WritesEachKindOfChangeOnceInItsTransaction()
    {
        var editor = api.As("editor");
        var eventId = await api.OpenEventAsync("Every Change Seminar", capacity: 1);
        var first = await api.RegisterAsync(eventId, "first.change@example.org");
        var second = await api.RegisterAsync(eventId, "second.change@example.org");
        Assert.Equal("waitlisted", second["registration"]!["status"]!.GetValue<string>());

        // Cancelling the first promotes the second in the same transaction: a cancellation and an update.
        Assert.Equal(HttpStatusCode.NoContent, (await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{first["manageToken"]!.GetValue<string>()}")).StatusCode);
        await (await editor.PostAsync($"/api/v1/events/{eventId}/postpone", null)).AssertJsonAsync(HttpStatusCode.OK);
        await (await editor.PostAsync($"/api/v1/events/{eventId}/cancel", null)).AssertJsonAsync(HttpStatusCode.OK);
        // A refused change writes nothing.
        await (await editor.PostAsync($"/api/v1/events/{eventId}/cancel", null)).AssertProblemAsync(HttpStatusCode.Conflict);

        var events = await api.WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        string[] Of(string id) => [.. events.Where(m => m.Payload != null && m.Payload.Contains(id, StringComparison.Ordinal) && !m.Type.StartsWith("email.", StringComparison.Ordinal)).Select(m => m.Type)];
        Assert.Equal(["registration.created", "registration.cancelled"], Of(first["registration"]!["id"]!.GetValue<string>()));
        Assert.Equal(["registration.created", "registration.updated"], Of(second["registration"]!["id"]!.GetValue<string>()));
        Assert.Equal(["event.published", "event.updated", "event.cancelled"], Of("\"id\":\"" + eventId + "\""));
        var listed = await (await api.As("admin").GetAsync("/api/v1/webhooks/events?type=event.cancelled&limit=100")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Contains(listed["items"]!.AsArray(), e => e!["data"]!["id"]!.GetValue<string>() == eventId);
        Assert.All(listed["items"]!.AsArray(), e => Assert.Equal("event.cancelled", e!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task WebhookPayloads_CarryNoPersonalData()
    {
        var eventId = await api.OpenEventAsync("Private Data Seminar");
        await api.RegisterAsync(eventId, "very.private.person@example.org", name: "Very Private Person");

        var payloads = await api.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => !m.Type.StartsWith("email.")).Select(m => m.Payload!).ToListAsync());

        Assert.NotEmpty(payloads);
        Assert.All(payloads, p => Assert.DoesNotContain("very.private.person", p, StringComparison.Ordinal));
        Assert.All(payloads, p => Assert.DoesNotContain("Very Private Person", p, StringComparison.Ordinal));
    }
}
