using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests.Kit;

/// <summary>
/// samples/sync-python/sync.py against the live API: it mirrors one event's registrations into SQLite through the
/// changes feed, and a run killed (SIGKILL) in the middle of a page, then started again, ends with exactly the
/// registrations the database holds, each change applied once.
/// </summary>
public sealed class PythonSyncSampleTests(ApiFactory api) : IClassFixture<ApiFactory>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("scc-sync-python-").FullName;

    private string BaseUrl => api.Anonymous().BaseAddress!.GetLeftPart(UriPartial.Authority);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static JsonObject Item(string reference, string? status = null) => new()
    {
        ["externalReference"] = reference,
        ["registrant"] = new JsonObject { ["name"] = "Sync " + reference, ["email"] = reference.ToLowerInvariant() + "@example.com" },
        ["consent"] = new JsonObject { ["statementVersion"] = Integrations.Statement, ["language"] = "en" },
        ["status"] = status,
    };

    private static async Task<JsonArray> BulkAsync(HttpClient key, string eventId, IEnumerable<JsonObject> items)
    {
        var body = new JsonObject { ["items"] = new JsonArray([.. items]) };
        var result = (await (await key.PostJsonAsync($"/api/v1/events/{eventId}/registrations/bulk", body)).AssertJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.All(result, r => Assert.NotEqual("error", r!["outcome"]!.GetValue<string>()));
        return result;
    }

    private string[] SyncArguments(string database, string apiKey, string eventId, int limit) =>
        ["sync.py", "--base-url", BaseUrl, "--api-key", apiKey, "--event", eventId, "--db", database, "--limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    private static async Task<JsonObject> DumpAsync(string database)
    {
        var outcome = await Python.RunAsync("sync.py", "--db", database, "--dump");
        Assert.True(outcome.ExitCode == 0, outcome.Tail());
        return JsonNode.Parse(outcome.Output)!.AsObject();
    }

    private async Task<long> ChangeCountAsync(string eventId)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM registration_changes WHERE event_id = @event", connection);
        command.Parameters.AddWithValue("event", Guid.Parse(eventId));
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The event's registrations as the database holds them (erased ones left out), one line each.</summary>
    private async Task<List<string>> DatabaseRowsAsync(string eventId)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT id, kind, status, waitlist_position, external_reference FROM registrations WHERE event_id = @event AND erased_at IS NULL", connection);
        command.Parameters.AddWithValue("event", Guid.Parse(eventId));
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(Row(reader.GetGuid(0).ToString(), Camel(reader.GetString(1)), Camel(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static List<string> MirrorRows(JsonObject dump)
    {
        var rows = dump["registrations"]!.AsArray().Select(r => Row(r!["id"]!.GetValue<string>(), r["kind"]!.GetValue<string>(), r["status"]!.GetValue<string>(),
            r["waitlistPosition"]?.GetValue<int>(), r["externalReference"]?.GetValue<string>())).ToList();
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Row(string id, string kind, string status, int? position, string? reference) => $"{id} {kind} {status} {position} {reference}";

    private static string Camel(string stored) => char.ToLowerInvariant(stored[0]) + stored[1..];

    /// <summary>
    /// Runs the script to the end until it has applied every change the database has for the event: the feed shows a change
    /// only once every older transaction has finished, so another test's open transaction can hold the last ones back briefly.
    /// </summary>
    private async Task<JsonObject> SyncToTheEndAsync(string database, string apiKey, string eventId, long expectedChanges)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var outcome = await Python.RunAsync(SyncArguments(database, apiKey, eventId, limit: 7));
            Assert.True(outcome.ExitCode == 0, outcome.Tail());
            var dump = await DumpAsync(database);
            var applied = dump["appliedChanges"]!.GetValue<long>();
            Assert.True(applied <= expectedChanges, $"The mirror applied {applied} changes; the database has {expectedChanges}.");
            if (applied == expectedChanges) return dump;
            Assert.True(DateTime.UtcNow < deadline, $"The mirror applied {applied} of {expectedChanges} changes.");
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Waits until the feed shows every change the database has for the event. The feed's horizon is the whole server's
    /// oldest open transaction, so another test's transaction in another database can hold this event's changes back, and
    /// a run started then would find pages with fewer of them than it asked for.
    /// </summary>
    private async Task WaitUntilTheFeedShowsAsync(string apiKey, string eventId, long expectedChanges)
    {
        var feed = api.WithKey(apiKey);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            long shown = 0;
            string? cursor = null;
            JsonObject page;
            do
            {
                page = await (await feed.GetAsync("/api/v1/registrations/changes?limit=1000" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))))
                    .AssertJsonAsync(HttpStatusCode.OK);
                shown += page["items"]!.AsArray().Count(c => c!["eventId"]!.GetValue<string>() == eventId);
                cursor = page["nextCursor"]!.GetValue<string>();
            }
            while (page["hasMore"]!.GetValue<bool>());
            if (shown == expectedChanges) return;
            Assert.True(DateTime.UtcNow < deadline, $"The feed shows {shown} of the event's {expectedChanges} changes.");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Sync_KilledInTheMiddleOfAPageAndStartedAgain_EndsWithExactlyTheRegistrationsInTheDatabase()
    {
        var eventId = await api.OpenEventAsync("Python Sync Seminar", capacity: 30);
        var otherEventId = await api.OpenEventAsync("Python Sync Other Seminar", capacity: 30);
        var writer = api.WithKey((await api.CreateKeyAsync([ApiKeyScopes.RegistrationsWrite])).Secret);
        // Not restricted to the event: the feed also carries the other event's changes, which the script must leave out.
        var (_, reader) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead]);

        // 45 registrations for 30 seats (15 waiting), walk-ins on the waiting list, cancellations that promote the first
        // waiting, an erasure; and the other event's registrations in between.
        var created = await BulkAsync(writer, eventId, Enumerable.Range(1, 45).Select(i => Item($"CRM-{i}")));
        await BulkAsync(writer, otherEventId, Enumerable.Range(1, 10).Select(i => Item($"OTHER-{i}")));
        for (var i = 1; i <= 5; i++) await api.RegisterAsync(eventId, $"walk.in.{i}@example.com");
        await BulkAsync(writer, eventId, Enumerable.Range(1, 8).Select(i => Item($"CRM-{2 * i}", "cancelled")));
        var erasedId = created.Single(r => r!["externalReference"]!.GetValue<string>() == "CRM-20")!["registrationId"]!.GetValue<string>();
        await (await api.As("admin").PostAsync($"/api/v1/registrations/{erasedId}/erasure", null)).AssertJsonAsync(HttpStatusCode.OK);
        var expectedChanges = await ChangeCountAsync(eventId);
        Assert.True(expectedChanges > 60, $"only {expectedChanges} changes");

        await WaitUntilTheFeedShowsAsync(reader, eventId, expectedChanges);

        var database = Path.Combine(folder, "mirror.sqlite");
        // Five changes a page, each held two seconds before its commit: three pages commit, then the run is killed while
        // the fourth page's rows are written but not committed.
        await using (var run = Python.Start([.. SyncArguments(database, reader, eventId, limit: 5), "--pause", "2"]))
        {
            for (var page = 0; page < 3; page++)
            {
                Assert.Equal("holding 5 changes before the commit", await run.ReadLineAsync(TimeSpan.FromSeconds(60)));
                Assert.StartsWith("committed 5 of 5 changes", await run.ReadLineAsync(TimeSpan.FromSeconds(60)), StringComparison.Ordinal);
            }
            Assert.Equal("holding 5 changes before the commit", await run.ReadLineAsync(TimeSpan.FromSeconds(60)));
            await run.KillAsync();
        }
        var interrupted = await DumpAsync(database);
        Assert.Equal(15, interrupted["appliedChanges"]!.GetValue<long>());
        Assert.Equal(15, interrupted["registrations"]!.AsArray().Count);
        Assert.NotNull(interrupted["cursors"]![eventId]);

        var synced = await SyncToTheEndAsync(database, reader, eventId, expectedChanges);
        var rows = MirrorRows(synced);
        Assert.Equal(await DatabaseRowsAsync(eventId), rows);
        Assert.Equal(49, rows.Count); // 45 + 5 - the erased one
        Assert.DoesNotContain(rows, r => r.StartsWith(erasedId, StringComparison.Ordinal));
        Assert.Equal(8, rows.Count(r => r.Contains(" cancelled ", StringComparison.Ordinal)));
        Assert.All(synced["registrations"]!.AsArray(), r => Assert.Equal(eventId, r!["eventId"]!.GetValue<string>()));

        // Later changes: the next run reads only those, from the stored cursor.
        await BulkAsync(writer, eventId, [Item("CRM-1", "cancelled"), Item("CRM-3", "cancelled"), Item("CRM-46")]);
        var later = await SyncToTheEndAsync(database, reader, eventId, await ChangeCountAsync(eventId));
        Assert.Equal(await DatabaseRowsAsync(eventId), MirrorRows(later));
    }
}
