using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scc.Api.Tests.Support;

/// <summary>One webhook request as the receiver got it.</summary>
/// <param name="Headers">Every header as received, names in lower case.</param>
public sealed record ReceivedWebhook(
    string Path, string DeliveryId, string EventType, string Timestamp, string Signature, string Body, int AnsweredWith, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// A real HTTP server on a loopback port, standing in for a partner's webhook endpoint. Each path answers
/// as its <see cref="Answer"/> says, given how many times that delivery id has been seen there before.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<int, int>> answers = new();
    private readonly ConcurrentDictionary<string, int> seen = new();

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    private WebhookReceiver(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver.app.MapPost("/{**path}", (Delegate)receiver.HandleAsync);
        await receiver.app.StartAsync();
        receiver.BaseUrl = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    /// <summary>How <paramref name="path"/> answers: given the number of earlier requests with the same delivery id there, a status.</summary>
    public string Answer(string path, Func<int, int> status)
    {
        answers[path] = status;
        return BaseUrl + path;
    }

    public IReadOnlyList<ReceivedWebhook> At(string path) => [.. Received.Where(r => r.Path == path)];

    private async Task<IResult> HandleAsync(HttpContext http, CancellationToken ct)
    {
        var path = http.Request.Path.Value!;
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(ct);
        var deliveryId = http.Request.Headers["Scc-Delivery-Id"].ToString();
        var earlier = seen.AddOrUpdate(path + " " + deliveryId, 1, (_, n) => n + 1) - 1;
        var status = answers.TryGetValue(path, out var answer) ? answer(earlier) : 404;
        Received.Enqueue(new ReceivedWebhook(path, deliveryId, http.Request.Headers["Scc-Event-Type"].ToString(),
            http.Request.Headers["Scc-Timestamp"].ToString(), http.Request.Headers["Scc-Signature"].ToString(), body, status,
            http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString())));
        return Results.StatusCode(status);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
