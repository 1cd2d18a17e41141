using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Scc.Bench;

/// <summary>
/// Many people registering for one event at once: <c>submissions</c> POSTs from <c>concurrency</c> clients, then a
/// check in the database that no seat was sold twice and that every accepted registration was written. Like every
/// wrk scenario, it runs on a warm server: a quarter as many submissions go to another event first, untimed, so
/// that the registration path is compiled and its connections open (a live server has taken registrations before).
/// </summary>
public static class RegistrationRush
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(string connectionString, Uri baseUrl, int submissions, int concurrency, string resultPath)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var warmUp = await SubmitAsync(http, DataGenerator.WarmUpEventId, submissions / 4, concurrency, "Warm-up Registrant", "warmup");
        var (elapsed, statuses, latencies, accepted) = await SubmitAsync(http, DataGenerator.RushEventId, submissions, concurrency, "Rush Registrant", "rush");

        var acceptedIds = accepted.Select(Guid.Parse).ToArray();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
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
