using System.Net;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests;

/// <summary>With a maximum age of zero, a failing delivery is dead-lettered at once; an admin sends it again.</summary>
public sealed class WebhookDeadLetterTests(DeadLetterApiFactory api) : IClassFixture<DeadLetterApiFactory>, IAsyncLifetime
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

    [Fact]
    public async Task Dispatch_PastMaxAge_DeadLettersThenAdminRedeliveryDeliversUnderTheSameId()
    {
        var receiverUp = false;
        var url = receiver.Answer("/down", _ => receiverUp ? 200 : 500);
        var webhookId = (await api.SubscribeAsync(url, ["event.published"]))["webhook"]!["id"]!.GetValue<string>();
        await api.OpenEventAsync("Dead Letter Seminar");

        await api.DispatchUntilIdleAsync();

        var dead = Assert.Single(await api.DeliveriesAsync(webhookId, "deadLettered"))!;
        var deliveryId = dead["id"]!.GetValue<string>();
        Assert.Null(dead["nextAttemptAt"]);
        Assert.Single(receiver.At("/down"));

        receiverUp = true;
        var response = await api.As("admin").PostAsync($"/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", null);
        Assert.Equal("pending", (await response.AssertJsonAsync(HttpStatusCode.OK))["status"]!.GetValue<string>());
        await api.DispatchUntilIdleAsync();

        var requests = receiver.At("/down");
        Assert.Equal([500, 200], requests.Select(r => r.AnsweredWith));
        Assert.All(requests, r => Assert.Equal(deliveryId, r.DeliveryId));
        var delivered = Assert.Single(await api.DeliveriesAsync(webhookId))!;
        Assert.Equal("delivered", delivered["status"]!.GetValue<string>());
        Assert.Equal(2, delivered["attemptCount"]!.GetValue<int>());

        // Only a dead-lettered delivery is redelivered this way.
        await (await api.As("admin").PostAsync($"/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", null))
            .AssertProblemAsync(HttpStatusCode.Conflict, "delivery_not_dead_lettered");
        await (await api.As("editor").PostAsync($"/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", null))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
