using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Scc.Bench;

/// <summary>
/// How fast the outbox drains after a rush: a fast local receiver is subscribed to <c>registration.created</c>, then
/// <c>submissions</c> registrations are POSTed from <c>concurrency</c> clients to the rush event, and the time from the
/// last submission's answer to the last webhook's arrival is measured. The lag per delivery (from the change to its
/// delivery: what <c>scc.outbox.lag</c> records) is read from the database, p50 and p99.
/// The API must accept a loopback receiver (Development with Webhooks:AllowInsecureLoopback) and the staff tokens that
/// signing key given signs (issuer and audience "bench").
/// </summary>
public static class WebhookDrain
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly string[] EventTypes = ["registration.created"];

    public static async Task<int> RunAsync(string connectionString, Uri baseUrl, int submissions, int concurrency, string signingKey, string resultPath)
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var arrivals = new ConcurrentDictionary<string, long>();
        var requests = 0;
        var receiving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
                Interlocked.Increment(ref requests);
                arrivals.TryAdd(context.Request.Headers["Scc-Delivery-Id"] ?? Guid.NewGuid().ToString(), Stopwatch.GetTimestamp());
                context.Response.StatusCode = 204;
                context.Response.Close();
            }
        });

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        using var subscribe = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks")
        {
            Content = JsonContent.Create(new { url = $"http://127.0.0.1:{port}/drain", eventTypes = EventTypes }),
        };
        subscribe.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StaffToken(signingKey));
        using (var subscribed = await http.SendAsync(subscribe))
        {
            if (!subscribed.IsSuccessStatusCode)
            {
                await Console.Error.WriteLineAsync($"subscribing the receiver failed: {(int)subscribed.StatusCode} {await subscribed.Content.ReadAsStringAsync()}");
                return 1;
            }
        }

        var accepted = 0;
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < submissions)
            {
                var body = new
                {
                    registrant = new { name = $"Drain Registrant {i}", email = $"drain{i}-{started}@example.com" },
                    consent = new { statementVersion = DataGenerator.RushStatementVersion, language = "en" },
                };
                using var response = await http.PostAsJsonAsync($"/api/v1/events/{DataGenerator.RushEventId}/registrations", body);
                if (response.IsSuccessStatusCode) Interlocked.Increment(ref accepted);
            }
        }));
        var lastSubmission = Stopwatch.GetTimestamp();

        // Delivered when every accepted registration's webhook has arrived; given up after two minutes.
        while (arrivals.Count < accepted && Stopwatch.GetElapsedTime(lastSubmission) < TimeSpan.FromMinutes(2)) await Task.Delay(20);
        var lastArrival = arrivals.IsEmpty ? lastSubmission : arrivals.Values.Max();
        await Task.Delay(500);
        listener.Stop();
        await receiving;

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("""
            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY lag), percentile_cont(0.99) WITHIN GROUP (ORDER BY lag), max(lag)
            FROM (SELECT extract(epoch FROM d.delivered_at - m.created_at)::float8 AS lag
                  FROM webhook_deliveries d JOIN outbox_messages m ON m.id = d.event_id JOIN webhook_subscriptions s ON s.id = d.subscription_id
                  WHERE s.url = $1 AND d.delivered_at IS NOT NULL) lags
            """);
        command.Parameters.AddWithValue($"http://127.0.0.1:{port}/drain");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        var result = new
        {
            submissions,
            concurrency,
            accepted,
            submitSeconds = Stopwatch.GetElapsedTime(started, lastSubmission).TotalSeconds,
            delivered = arrivals.Count,
            receivedRequests = requests,
            drainSecondsAfterLastSubmission = Math.Max(0, Stopwatch.GetElapsedTime(lastSubmission, lastArrival).TotalSeconds),
            lagP50Seconds = reader.IsDBNull(0) ? (double?)null : reader.GetDouble(0),
            lagP99Seconds = reader.IsDBNull(1) ? (double?)null : reader.GetDouble(1),
            lagMaxSeconds = reader.IsDBNull(2) ? (double?)null : reader.GetDouble(2),
        };
        var text = JsonSerializer.Serialize(result, Indented);
        await File.WriteAllTextAsync(resultPath, text);
        Console.WriteLine(text);
        return 0;
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    /// <summary>An admin's token, HS256, issuer and audience "bench", for half an hour.</summary>
    private static string StaffToken(string signingKey)
    {
        static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = B64(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        var payload = B64(JsonSerializer.SerializeToUtf8Bytes(new { iss = "bench", aud = "bench", sub = "bench-admin", role = "admin", nbf = now, iat = now, exp = now + 1800 }));
        var signature = B64(HMACSHA256.HashData(Convert.FromBase64String(signingKey), Encoding.ASCII.GetBytes(header + "." + payload)));
        return header + "." + payload + "." + signature;
    }
}
