using System.Net;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Scc.Api.Tests.Support;
using Xunit.Abstractions;

namespace Scc.Api.Tests.Reliability;

/// <summary>The API on a PostgreSQL cluster of its own, on a new database or on one restored from a dump.</summary>
public sealed class OwnClusterApiFactory(byte[]? restoreFrom = null, bool seed = false) : ApiFactory
{
    public OwnPostgres Database { get; private set; } = null!;

    protected override bool SeedDemoData => seed;

    protected override async Task<string> CreateDatabaseAsync()
    {
        Database = await OwnPostgres.StartAsync();
        return restoreFrom is null
            ? await PostgresServer.CreateMigratedDatabaseAsync(Database.ConnectionString, "scc")
            : await Database.RestoreAsync(restoreFrom, "scc");
    }

    protected override async Task DropDatabaseAsync(string connectionString) => await Database.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A restored database goes through the migrate step, as the restore procedure of docs/operations.md says.
        if (restoreFrom is not null) builder.UseSetting("Database:MigrateOnStartup", "true");
    }
}

/// <summary>
/// The backup procedure of docs/operations.md end to end: pg_dump of a live database, pg_restore into a fresh database on
/// another (younger) cluster, the API started on it. Everything is there, and a client of the changes feed
/// carries on with the cursor it had: nothing seen twice, nothing new missed.
/// </summary>
public sealed class BackupRestoreTests(ITestOutputHelper output)
{
    private static async Task<Dictionary<string, long>> RowCountsAsync(string connectionString)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        var tables = new List<string>();
        await using (var command = database.CreateCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = database.CreateCommand($"SELECT count(*) FROM \"{table}\"");
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }

    private static async Task<(List<string> Ids, string Cursor)> ReadFeedAsync(HttpClient client, string? cursor)
    {
        var ids = new List<string>();
        while (true)
        {
            var page = await (await client.GetAsync("/api/v1/registrations/changes?limit=50" + (cursor is null ? "" : "&cursor=" + cursor)))
                .AssertJsonAsync(HttpStatusCode.OK);
            ids.AddRange(page["items"]!.AsArray().Select(i => $"{i!["registrationId"]}:{i["change"]}"));
            cursor = page["nextCursor"]!.GetValue<string>();
            if (!page["hasMore"]!.GetValue<bool>()) return (ids, cursor);
        }
    }

    [Fact]
    public async Task DumpRestoredIntoAnotherCluster_HoldsEveryRowAndTheChangesFeedCarriesOn()
    {
        var source = new OwnClusterApiFactory(seed: true);
        await source.InitializeAsync();
        OwnClusterApiFactory? restored = null;
        try
        {
            var eventId = await source.OpenEventAsync("Backup Seminar");
            var first = await source.RegisterAsync(eventId, "first.backup@example.org");
            await source.RegisterAsync(eventId, "second.backup@example.org");
            Assert.Equal(HttpStatusCode.NoContent, (await source.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{first["manageToken"]}")).StatusCode);
            var (_, secret) = await source.CreateKeyAsync(["registrations:read"]);
            var (seen, cursor) = await ReadFeedAsync(source.WithKey(secret), null);
            Assert.Equal(3, seen.Count);
            // A cluster that has lived longer than the one restored into: its transaction ids run well ahead.
            await using (var burn = new NpgsqlConnection(source.ConnectionString))
            {
                await burn.OpenAsync();
                await using var command = new NpgsqlCommand("DO $$ BEGIN FOR i IN 1..3000 LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$", burn);
                await command.ExecuteNonQueryAsync();
            }
            await source.RegisterAsync(eventId, "third.backup@example.org");
            var (late, lateCursor) = await ReadFeedAsync(source.WithKey(secret), cursor);
            Assert.Single(late);
            var events = await source.Anonymous().GetStringAsync("/api/v1/events?limit=100&when=all");
            var organisations = await source.Anonymous().GetStringAsync("/api/v1/organisations?limit=100");
            var counts = await RowCountsAsync(source.ConnectionString);

            var dump = await source.Database.DumpAsync("scc");
            restored = new OwnClusterApiFactory(restoreFrom: dump);
            await restored.InitializeAsync();

            Assert.Equal(counts, await RowCountsAsync(restored.ConnectionString));
            Assert.Equal(events, await restored.Anonymous().GetStringAsync("/api/v1/events?limit=100&when=all"));
            Assert.Equal(organisations, await restored.Anonymous().GetStringAsync("/api/v1/organisations?limit=100"));
            // The younger cluster's ids were behind the restored stamps, and the migrate step moved the clock past them.
            await using (var clock = NpgsqlDataSource.Create(restored.ConnectionString))
            await using (var command = clock.CreateCommand("SELECT xid_offset FROM registration_change_clock"))
                Assert.True((long)(await command.ExecuteScalarAsync())! > 0, "the restored cluster's transaction ids were not behind the backup's");

            // The same key and cursor go on working: nothing is repeated, and a new registration is not missed.
            var feed = restored.WithKey(secret);
            var (again, sameCursor) = await ReadFeedAsync(feed, lateCursor);
            Assert.Empty(again);
            var fourth = await restored.RegisterAsync(eventId, "fourth.backup@example.org");
            var (fresh, _) = await ReadFeedAsync(feed, sameCursor);
            Assert.Equal([$"{fourth["registration"]!["id"]}:created"], fresh);

            var report = $"backup and restore: {dump.Length / 1024} KB dump, {counts.Count} tables and {counts.Values.Sum()} rows verified, " +
                         "changes feed continued with the old cursor (0 repeated, 1 new change seen)";
            output.WriteLine(report);
            await Artifacts.WriteReportAsync("backup-restore", report);
        }
        finally
        {
            if (restored is not null) await restored.DisposeAsync();
            await source.DisposeAsync();
        }
    }
}
