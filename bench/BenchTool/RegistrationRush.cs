using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Scc.Bench;

/// <summary>
/// Many people registering for one event at once: <c>submissions</c> POSTs from <c>concurrency</c> clients, then a
/// check in the database that no seat was sold twice and that every accepted registration was written. Like every
/// wrk scenario, it runs on a warm server, as a live one is when an event opens: untimed and to another event, a burst
/// of a quarter as many submissions opens the connections, then <c>trickle</c> submissions four at a time take the
/// registration path as a live server takes it between rushes, a few at a time, until the runtime has compiled it to
/// its final tier; the rush starts once the outbox has nothing due. With a trickle of 0 the rush meets a write path
/// compiled only by the burst, as on an instance started minutes before.
/// </summary>
public static class RegistrationRush
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>How many clients the trickle of the warm-up has.</summary>
    private const int TrickleConcurrency = 4;

    public static async Task<int> RunAsync(string connectionString, Uri baseUrl, int submissions, int concurrency, int trickle, string resultPath)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var warmUp = await SubmitAsync(http, DataGenerator.WarmUpEventId, submissions / 4, concurrency, "Warm-up Registrant", "warmup");
        var trickled = await SubmitAsync(http, DataGenerator.WarmUpEventId, trickle, TrickleConcurrency, "Trickle Registrant", "trickle");
        var outboxWait = await WaitForOutboxAsync(dataSource);
        var (elapsed, statuses, latencies, accepted) = await SubmitAsync(http, DataGenerator.RushEventId, submissions, concurrency, "Rush Registrant", "rush");

        var acceptedIds = accepted.Select(Guid.Parse).ToArray();
        await using var command = dataSource.CreateCommand(
            "SELECT count(*) FILTER (WHERE status IN ('Confirmed', 'Attended')), count(*) FILTER (WHERE status = 'Waitlisted'), " +
            "count(DISTINCT waitlist_position), count(*) FILTER (WHERE id = ANY($2)), " +
            "(SELECT (registration->>'capacity')::int FROM events WHERE id = $1) FROM registrations WHERE event_id = $1");
        command.Parameters.AddWithValue(DataGenerator.RushEventId);
        command.Parameters.AddWithValue(acceptedIds);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var confirmed = reader.GetInt64(0);
        var waitlisted = reader.GetInt64(1);
        var distinctPositions = reader.GetInt64(2);
        var acceptedInDb = reader.GetInt64(3);
        var capacity = reader.GetInt32(4);

        Array.Sort(latencies);
        var result = new
        {
            submissions,
            concurrency,
            warmUpSubmissions = submissions / 4,
            warmUpSeconds = warmUp.Elapsed.TotalSeconds,
            warmUp2xx = warmUp.Statuses.Count(s => s is >= 200 and < 300),
            trickleSubmissions = trickle,
            trickleConcurrency = TrickleConcurrency,
            trickleSeconds = trickled.Elapsed.TotalSeconds,
            trickle2xx = trickled.Statuses.Count(s => s is >= 200 and < 300),
            outboxWaitSeconds = outboxWait.TotalSeconds,
            seconds = elapsed.TotalSeconds,
            status2xx = statuses.Count(s => s is >= 200 and < 300),
            status4xx = statuses.Count(s => s is >= 400 and < 500),
            status5xx = statuses.Count(s => s >= 500),
            failedConnections = statuses.Count(s => s == 0),
            accepted = acceptedIds.Length,
            acceptedInDatabase = acceptedInDb,
            capacity,
            confirmedInDatabase = confirmed,
            waitlistedInDatabase = waitlisted,
            distinctWaitlistPositions = distinctPositions,
            p50Ms = latencies[latencies.Length / 2],
            p99Ms = latencies[Math.Min(latencies.Length - 1, (int)(latencies.Length * 0.99))],
        };
        var text = JsonSerializer.Serialize(result, Indented);
        await File.WriteAllTextAsync(resultPath, text);
        Console.WriteLine(text);
        return 0;
    }

    /// <summary>
    /// Waits (up to a minute) until no outbox message is due, so that the rush does not share the machine with the
    /// warm-up's e-mails and webhooks: a live server has handed its earlier registrations' messages on by then.
    /// </summary>
    private static async Task<TimeSpan> WaitForOutboxAsync(NpgsqlDataSource dataSource)
    {
        var watch = Stopwatch.StartNew();
        await using var due = dataSource.CreateCommand("SELECT count(*) FROM outbox_messages WHERE processed_at IS NULL AND next_attempt_at <= now()");
        while ((long)(await due.ExecuteScalarAsync())! > 0 && watch.Elapsed < TimeSpan.FromMinutes(1)) await Task.Delay(100);
        return watch.Elapsed;
    }

    private static async Task<(TimeSpan Elapsed, int[] Statuses, double[] Latencies, List<string> Accepted)> SubmitAsync(
        HttpClient http, Guid eventId, int submissions, int concurrency, string name, string emailPrefix)
    {
        var url = $"/api/v1/events/{eventId}/registrations";
        var statuses = new int[submissions];
        var accepted = new List<string>[concurrency];
        var latencies = new double[submissions];
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async client =>
        {
            accepted[client] = [];
            int i;
            while ((i = Interlocked.Increment(ref next)) < submissions)
            {
                var body = new
                {
                    registrant = new { name = $"{name} {i}", email = $"{emailPrefix}{i}@example.com" },
                    consent = new { statementVersion = DataGenerator.RushStatementVersion, language = i % 2 == 0 ? "en" : "zh-Hant" },
                };
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsJsonAsync(url, body);
                    statuses[i] = (int)response.StatusCode;
                    if (response.IsSuccessStatusCode)
                    {
                        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        accepted[client].Add(json.RootElement.GetProperty("registration").GetProperty("id").GetString()!);
                    }
                }
                catch (HttpRequestException)
                {
                    statuses[i] = 0;
                }
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        var elapsed = watch.Elapsed;

        return (elapsed, statuses, latencies, [.. accepted.SelectMany(a => a)]);
    }
}
