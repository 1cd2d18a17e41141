using System.Globalization;
using System.Net;
using Asp.Versioning;
using Microsoft.Net.Http.Headers;
using Scc.Application.Webhooks;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Scc.Api.Tests.Support;
using StandardWebhooks;

namespace Scc.Api.Tests;

/// <summary>
/// Deliveries as Standard Webhooks receivers check them, with the standard's reference libraries: the StandardWebhooks
/// NuGet package in process, and the <c>standardwebhooks</c> npm package through node (tools/webhooks). Secret rotation
/// with its overlap, and test deliveries (pings).
/// </summary>
public sealed class StandardWebhookTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>, IAsyncLifetime
{
    private static readonly string[] SccHeaders = ["scc-delivery-id", "scc-event-type", "scc-timestamp", "scc-signature"];
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync()
    {
        await api.TurnOffEarlierSubscriptionsAsync();
        await api.DispatchUntilIdleAsync();
        receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    /// <summary>True when the NuGet reference library accepts the request with <paramref name="secret"/>.</summary>
    private static bool DotnetVerifies(string secret, ReceivedWebhook request)
    {
        var headers = new HeaderDictionary();
        foreach (var (name, value) in request.Headers) headers[name] = value;
        try
        {
            new StandardWebhook(secret).Verify(request.Body, headers);
            return true;
        }
        catch (StandardWebhooks.Diagnostics.WebhookVerificationException)
        {
            return false;
        }
    }

    /// <summary>What the npm reference library says of each (secret, request): "verified", or its error message.</summary>
    private static async Task<List<string>> NodeVerifiesAsync(params (string Secret, ReceivedWebhook Request)[] cases)
    {
        var tools = Path.Combine(Artifacts.RepositoryRoot(), "tools", "webhooks");
        if (!Directory.Exists(Path.Combine(tools, "node_modules", "standardwebhooks")))
            Assert.Fail("tools/webhooks/node_modules is missing: run the tests with ./scripts/test.sh, which installs it (npm ci) first.");
        var file = Path.Combine(Path.GetTempPath(), $"scc-webhooks-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(cases.Select(c => new { secret = c.Secret, headers = c.Request.Headers, body = c.Request.Body })));
        try
        {
            var outcome = await ExternalCommand.RunAsync("node", ["verify.mjs", file], tools);
            Assert.True(outcome.ExitCode == 0, outcome.Tail());
            return JsonSerializer.Deserialize<List<string>>(outcome.Output)!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string[] Signatures(ReceivedWebhook request) => request.Headers["webhook-signature"].Split(' ');

    private async Task<JsonObject> RotateAsync(string webhookId)
    {
        var response = await api.As("admin").PostAsync($"/api/v1/webhooks/{webhookId}/secret-rotations", null);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return await response.AssertJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Delivery_IsAcceptedByBothReferenceLibraries_AndKeepsTheDeprecatedHeaders()
    {
        var url = receiver.Answer("/standard", _ => 204);
        var receipt = await api.SubscribeAsync(url, ["event.published"]);
        var secret = receipt["secret"]!.GetValue<string>();

        await api.OpenEventAsync("Standard Webhook Seminar");
        await api.DispatchUntilIdleAsync();

        var request = Assert.Single(receiver.At("/standard"));
        Assert.Equal(request.DeliveryId, request.Headers["webhook-id"]);
        Assert.Equal(request.Timestamp, request.Headers["webhook-timestamp"]);
        Assert.StartsWith("v1,", Assert.Single(Signatures(request)), StringComparison.Ordinal);
        Assert.True(WebhookSignatures.Verify(secret, request), "the deprecated Scc-Signature still verifies");
        var other = "whsec_" + Convert.ToBase64String(new byte[32]);
        Assert.True(DotnetVerifies(secret, request));
        Assert.False(DotnetVerifies(other, request));
        Assert.Equal(["verified", "No matching signature found"], await NodeVerifiesAsync((secret, request), (other, request)));
    }

    [Fact]
    public async Task Delivery_CarryingTheDeprecatedSccHeaders_AnnouncesTheirDeprecation_ASunsetAYearOn_AndWhereToRead()
    {
        var url = receiver.Answer("/deprecated", _ => 204);
        await api.SubscribeAsync(url, ["event.published"]);

        await api.OpenEventAsync("Deprecated Headers Seminar");
        await api.DispatchUntilIdleAsync();

        var request = Assert.Single(receiver.At("/deprecated"));
        Assert.All(SccHeaders, name => Assert.Contains(name, request.Headers.Keys));
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(request.Headers["webhook-timestamp"], CultureInfo.InvariantCulture));

        // Deprecation (RFC 9745): a structured field date, in the past: deprecated since then.
        var deprecatedAt = StructuredFieldDate.Parse(request.Headers["deprecation"]);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero), deprecatedAt);
        Assert.True(deprecatedAt <= sentAt, $"deprecated at {deprecatedAt:O}, after the delivery at {sentAt:O}");

        // Sunset (RFC 8594): an HTTP-date, written as an IMF-fixdate, in the future, at least twelve months after the deprecation
        // (docs/versioning.md). Once that day has passed, this fails: the Scc-* headers are then due to be removed.
        var sunset = request.Headers["sunset"];
        Assert.True(HeaderUtilities.TryParseDate(sunset, out var sunsetAt), $"'{sunset}' is not an HTTP-date");
        Assert.Equal(sunsetAt, DateTimeOffset.ParseExact(sunset, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        Assert.True(sunsetAt > sentAt, $"the sunset {sunset} has passed: remove the Scc-* headers (docs/versioning.md)");
        Assert.True(sunsetAt >= deprecatedAt.AddMonths(12), $"the sunset {sunset} is less than twelve months after the deprecation");

        // Link: rel="deprecation" to the published policy.
        Assert.True(LinkHeaderValue.TryParse(request.Headers["link"], null, out var link), $"'{request.Headers["link"]}' is not a Link header");
        Assert.Equal("deprecation", link.RelationType.ToString());
        Assert.True(link.LinkTarget.IsAbsoluteUri);
        Assert.Equal(new WebhookSettings().DeprecationLink, link.LinkTarget);
        Assert.Equal("text/html", link.Type.ToString());
    }

    [Fact]
    public async Task SuppliedSecret_FromTheStandardsTestVectors_SignsAsTheLibrariesExpect()
    {
        // The secret of the standard's own examples: any receiver configured with it verifies our deliveries.
        const string secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        var url = receiver.Answer("/vector", _ => 204);
        await api.SubscribeAsync(url, ["event.published"], secret);

        await api.OpenEventAsync("Test Vector Seminar");
        await api.DispatchUntilIdleAsync();

        var request = Assert.Single(receiver.At("/vector"));
        Assert.True(DotnetVerifies(secret, request));
        Assert.Equal(["verified"], await NodeVerifiesAsync((secret, request)));
        // The standard's worked example: the same key, id, timestamp and body give the signature it publishes.
        var example = new StandardWebhook(secret).Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", DateTimeOffset.FromUnixTimeSeconds(1614265330), """{"test": 2432232314}""");
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", example);
        Assert.Equal(example, Scc.Infrastructure.Webhooks.StandardWebhookSignature.Sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}"""));
    }

    [Fact]
    public async Task Rotation_SignsWithBothSecretsDuringTheOverlap_ThenWithTheNewOneOnly()
    {
        var url = receiver.Answer("/rotating", _ => 204);
        var receipt = await api.SubscribeAsync(url, ["event.published"]);
        var webhookId = receipt["webhook"]!["id"]!.GetValue<string>();
        var oldSecret = receipt["secret"]!.GetValue<string>();

        var rotation = await RotateAsync(webhookId);
        var newSecret = rotation["secret"]!.GetValue<string>();
        var expiresAt = rotation["previousSecretExpiresAt"]!.GetValue<DateTimeOffset>();

        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal(32, Convert.FromBase64String(newSecret["whsec_".Length..]).Length);
        Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddHours(24).AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(24).AddMinutes(1));
        var read = await (await api.As("admin").GetAsync($"/api/v1/webhooks/{webhookId}")).AssertJsonAsync(HttpStatusCode.OK);
        Assert.Equal(expiresAt, read["previousSecretExpiresAt"]!.GetValue<DateTimeOffset>());
        Assert.DoesNotContain(newSecret, read.ToJsonString(), StringComparison.Ordinal);

        await api.OpenEventAsync("Rotation Overlap Seminar");
        await api.DispatchUntilIdleAsync();
        var during = Assert.Single(receiver.At("/rotating"));
        // The new secret's signature, the old one's, and the old one's again for the NuGet package (see StandardWebhookSignature).
        Assert.Equal(2, Signatures(during).Distinct().Count());
        Assert.True(DotnetVerifies(oldSecret, during), "a receiver with only the old secret keeps working during the overlap");
        Assert.True(DotnetVerifies(newSecret, during));
        Assert.True(WebhookSignatures.Verify(newSecret, during), "the deprecated header is signed with the new secret");
        Assert.Equal(["verified", "verified"], await NodeVerifiesAsync((oldSecret, during), (newSecret, during)));

        // The overlap ends (as 24 hours later).
        await api.WithDbAsync(db => db.WebhookSubscriptions.Where(s => s.Id == Guid.Parse(webhookId))
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.PreviousSecretExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        await api.OpenEventAsync("Rotation After Seminar");
        await api.DispatchUntilIdleAsync();
        var after = receiver.At("/rotating")[^1];
        Assert.Single(Signatures(after));
        Assert.False(DotnetVerifies(oldSecret, after), "the old secret stops working after the overlap");
        Assert.True(DotnetVerifies(newSecret, after));
        Assert.Equal(["No matching signature found", "verified"], await NodeVerifiesAsync((oldSecret, after), (newSecret, after)));

        var audit = await (await api.As("admin").GetAsync($"/api/v1/audit?resourceId={webhookId}&action=updated")).AssertJsonAsync(HttpStatusCode.OK);
        var changes = audit["items"]!.AsArray().SelectMany(e => e!["changes"]!.AsArray()).ToList();
        Assert.Contains(changes, c => c!["field"]!.GetValue<string>() == "protectedSecret" && c["withheld"]!.GetValue<bool>());
        Assert.DoesNotContain(newSecret, audit.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotation_OfAnUnknownSubscription_Is404()
    {
        await (await api.As("admin").PostAsync($"/api/v1/webhooks/{Guid.NewGuid()}/secret-rotations", null)).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await api.As("editor").PostAsync($"/api/v1/webhooks/{Guid.NewGuid()}/secret-rotations", null)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Ping_GoesToThatSubscriptionOnly_SignedAndLoggedAsADelivery()
    {
        var url = receiver.Answer("/pinged", _ => 204);
        var receipt = await api.SubscribeAsync(url, ["registration.created"]);
        var webhookId = receipt["webhook"]!["id"]!.GetValue<string>();
        var bystander = receiver.Answer("/bystander", _ => 204);
        await api.SubscribeAsync(bystander, ["registration.created", "event.published"]);

        var response = await api.As("admin").PostAsync($"/api/v1/webhooks/{webhookId}/pings", null);
        var queued = await response.AssertJsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("webhook.ping", queued["eventType"]!.GetValue<string>());
        Assert.Equal("pending", queued["status"]!.GetValue<string>());
        await api.DispatchUntilIdleAsync();

        var request = Assert.Single(receiver.At("/pinged"));
        Assert.Empty(receiver.At("/bystander"));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("webhook.ping", body["type"]!.GetValue<string>());
        Assert.Equal(webhookId, body["data"]!["webhookId"]!.GetValue<string>());
        Assert.Equal(queued["eventId"]!.GetValue<string>(), body["id"]!.GetValue<string>());
        Assert.True(DotnetVerifies(receipt["secret"]!.GetValue<string>(), request));
        var logged = (await api.DeliveriesAsync(webhookId)).Single(d => d!["id"]!.GetValue<string>() == queued["id"]!.GetValue<string>())!;
        Assert.Equal("delivered", logged["status"]!.GetValue<string>());
        Assert.Equal(204, logged["attempts"]![0]!["statusCode"]!.GetValue<int>());
        await (await api.As("admin").PostAsync($"/api/v1/webhooks/{Guid.NewGuid()}/pings", null)).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
