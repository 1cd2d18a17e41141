using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using Scc.Application.Webhooks;

namespace Scc.Infrastructure.Webhooks;

/// <summary>What one attempt came to.</summary>
public sealed record WebhookAttemptOutcome(DateTimeOffset At, TimeSpan Duration, int? StatusCode, string? Error);

/// <summary>
/// Makes one signed POST. The connection goes only to an address the <see cref="WebhookUrlGuard"/> has just
/// approved (resolved here, then connected to by address), never through a proxy, and redirects are not
/// followed; a Polly timeout bounds the whole attempt.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient client;
    private readonly ResiliencePipeline timeout;
    private readonly WebhookUrlGuard guard;
    private readonly TimeProvider clock;
    private readonly string deprecationLink;

    // The same on every request that carries the deprecated Scc-* headers.
    private static readonly string SccHeadersDeprecation = DeprecationHeaders.DeprecationValue(WebhookHeaders.SccHeadersDeprecatedAt);
    private static readonly string SccHeadersSunset = DeprecationHeaders.SunsetValue(WebhookHeaders.SccHeadersSunsetAt);

    public WebhookSender(WebhookUrlGuard guard, IOptions<WebhookSettings> settings, TimeProvider clock)
    {
        this.guard = guard;
        this.clock = clock;
        deprecationLink = DeprecationHeaders.LinkValue(settings.Value.DeprecationLink);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = settings.Value.RequestTimeout,
            ConnectCallback = ConnectToCheckedAddressAsync,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("SCC-Webhooks/1.0");
        timeout = new ResiliencePipelineBuilder { TimeProvider = clock }.AddTimeout(settings.Value.RequestTimeout).Build();
    }

    private async ValueTask<Stream> ConnectToCheckedAddressAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var address = await guard.ResolveForConnectionAsync(context.DnsEndPoint.Host, ct);
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(address, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <param name="secrets">The secrets to sign with, the current one first (two during a rotation's overlap).</param>
    public async Task<WebhookAttemptOutcome> SendAsync(Uri url, IReadOnlyList<string> secrets, Guid deliveryId, string eventType, string body, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        if (guard.ShapeRefusal(url) is { } refusal) return new(at, watch.Elapsed, null, refusal);
        var timestamp = at.ToUnixTimeSeconds();
        try
        {
            var status = await timeout.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var id = deliveryId.ToString();
                var unixSeconds = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
                request.Headers.Add(WebhookHeaders.Id, id);
                request.Headers.Add(WebhookHeaders.StandardTimestamp, unixSeconds);
                request.Headers.Add(WebhookHeaders.StandardSignature, StandardWebhookSignature.Header(secrets, id, timestamp, body));
                request.Headers.Add(WebhookHeaders.DeliveryId, id);
                request.Headers.Add(WebhookHeaders.EventType, eventType);
                request.Headers.Add(WebhookHeaders.Timestamp, unixSeconds);
                request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Sign(secrets[0], timestamp, body));
                // The Scc-* headers are deprecated: the request says so, when they go, and where to read about it.
                request.Headers.Add(DeprecationHeaders.Deprecation, SccHeadersDeprecation);
                request.Headers.Add(DeprecationHeaders.Sunset, SccHeadersSunset);
                request.Headers.Add(DeprecationHeaders.Link, deprecationLink);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                return (int)response.StatusCode;
            }, ct);
            var error = status is >= 200 and < 300 ? null : $"The receiver answered {status}.";
            return new(at, watch.Elapsed, status, error);
        }
        catch (TimeoutRejectedException)
        {
            return new(at, watch.Elapsed, null, "No answer within the request timeout.");
        }
        catch (HttpRequestException exception)
        {
            return new(at, watch.Elapsed, null, Describe(exception));
        }
    }

    /// <summary>The innermost useful message: the guard's refusal, or the socket's error.</summary>
    private static string Describe(HttpRequestException exception)
    {
        Exception current = exception;
        while (current.InnerException is { } inner && current is not SocketException) current = inner;
        return current switch
        {
            SocketException socket => $"Connection failed: {socket.SocketErrorCode}.",
            HttpRequestException refused => refused.Message,
            _ => exception.Message,
        };
    }

    public void Dispose() => client.Dispose();
}
