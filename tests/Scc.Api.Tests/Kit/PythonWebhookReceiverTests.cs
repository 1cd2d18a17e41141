using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Kit;

/// <summary>
/// samples/sync-python/receiver.py: its hand-written Standard Webhooks verification checked against the standard's test
/// vector, then run as a server that the API delivers to, which accepts the real delivery and refuses a tampered one.
/// </summary>
public sealed class PythonWebhookReceiverTests(WebhookApiFactory api) : IClassFixture<WebhookApiFactory>
{
    [Fact]
    public async Task SelfTest_WithTheStandardsTestVector_PassesEveryCheck()
    {
        var outcome = await Python.RunAsync("receiver.py", "--self-test");

        Assert.True(outcome.ExitCode == 0, outcome.Tail());
        Assert.Equal("self-test: 12 of 12 checks passed", outcome.Output.Trim());
    }

    [Fact]
    public async Task Receiver_GivenTheApisDelivery_AcceptsItOnce_AndRefusesATamperedCopy()
    {
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var python = Python.Start(["receiver.py", "--port", "0"], new Dictionary<string, string> { ["WEBHOOK_SECRET"] = secret });
        var address = JsonNode.Parse(await python.ReadLineAsync(TimeSpan.FromSeconds(30)))!["listening"]!.GetValue<string>();
        // A second subscription with the same secret, to a receiver that keeps what it got: a signed delivery to replay.
        await using var capture = await WebhookReceiver.StartAsync();
        await api.SubscribeAsync(address + "/hooks/scc", ["event.published"], secret);
        await api.SubscribeAsync(capture.Answer("/capture", _ => 204), ["event.published"], secret);

        await api.OpenEventAsync("Python Receiver Seminar");
        await api.DispatchUntilIdleAsync();

        var accepted = JsonNode.Parse(await python.ReadLineAsync(TimeSpan.FromSeconds(30)))!;
        Assert.Equal("event.published", accepted["type"]!.GetValue<string>());
        Assert.False(accepted["duplicate"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(accepted["accepted"]!.GetValue<string>()));

        var delivery = Assert.Single(capture.At("/capture"));
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        async Task<HttpResponseMessage> SendAsync(string body, string? signature = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/scc") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach (var name in (string[])["webhook-id", "webhook-timestamp"]) request.Headers.Add(name, delivery.Headers[name]);
            request.Headers.Add("webhook-signature", signature ?? delivery.Headers["webhook-signature"]);
            // Each request on a connection of its own, as deliveries from several senders would come.
            request.Headers.ConnectionClose = true;
            var response = await client.SendAsync(request);
            // Closing without saying so lets the sender reuse the connection as it closes: its next request then fails.
            Assert.True(response.Headers.ConnectionClose, "the receiver answers Connection: close to a sender that asked for it");
            return response;
        }

        Assert.Equal(204, (int)(await SendAsync(delivery.Body)).StatusCode);
        Assert.Equal(delivery.Headers["webhook-id"], JsonNode.Parse(await python.ReadLineAsync(TimeSpan.FromSeconds(10)))!["accepted"]!.GetValue<string>());
        Assert.Equal(204, (int)(await SendAsync(delivery.Body)).StatusCode);
        Assert.True(JsonNode.Parse(await python.ReadLineAsync(TimeSpan.FromSeconds(10)))!["duplicate"]!.GetValue<bool>(), "a repeat is recognised by its webhook-id");

        var tampered = delivery.Body.Replace("\"event.published\"", "\"event.cancelled\"", StringComparison.Ordinal);
        Assert.NotEqual(delivery.Body, tampered);
        Assert.Equal(400, (int)(await SendAsync(tampered)).StatusCode);
        Assert.Equal("no matching signature", JsonNode.Parse(await python.ReadLineAsync(TimeSpan.FromSeconds(10)))!["refused"]!.GetValue<string>());
        var otherKey = "v1," + Convert.ToBase64String(HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32),
            Encoding.UTF8.GetBytes($"{delivery.Headers["webhook-id"]}.{delivery.Headers["webhook-timestamp"]}.{delivery.Body}")));
        Assert.Equal(400, (int)(await SendAsync(delivery.Body, otherKey)).StatusCode);
        Assert.Equal("no matching signature", JsonNode.Parse(await python.ReadLineAsync(TimeSpan.FromSeconds(10)))!["refused"]!.GetValue<string>());
    }
}
