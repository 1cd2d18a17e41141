using System.Net;
using Npgsql;
using Scc.Api.Tests.Support;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Tests;

/// <summary>
/// The changes feed under transactions that commit out of order: writers here use plain Npgsql transactions, as
/// any writer would look to the database, and the reader is a client polling the HTTP feed.
/// </summary>
public sealed class RegistrationChangesFeedTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    /// <summary>A client's copy of the registrations, built only from the feed.</summary>
    private sealed class Replica(HttpClient client)
    {
        public Dictionary<Guid, (string Status, int? Position)> Rows { get; } = [];

        public HashSet<long> Seen { get; } = [];

        public List<long> Duplicates { get; } = [];

        /// <summary>The registrations changed, in the order the changes were applied.</summary>
        public List<Guid> Applied { get; } = [];

        public string? Cursor { get; private set; }

        /// <summary>Reads until the feed has nothing more ready now; returns how many changes it applied.</summary>
        public async Task<int> PollAsync(int limit = 7)
        {
            var applied = 0;
            while (true)
            {
                var url = $"/api/v1/registrations/changes?limit={limit}" + (Cursor is null ? "" : "&cursor=" + Cursor);
                var page = await (await client.GetAsync(url)).AssertJsonAsync(HttpStatusCode.OK);
                foreach (var change in page["items"]!.AsArray())
                {
                    if (!Seen.Add(change!["sequence"]!.GetValue<long>())) Duplicates.Add(change["sequence"]!.GetValue<long>());
                    Applied.Add(Guid.Parse(change["registrationId"]!.GetValue<string>()));
                    Rows[Guid.Parse(change["registrationId"]!.GetValue<string>())] =
                        (change["status"]!.GetValue<string>(), change["waitlistPosition"]?.GetValue<int>());
                    applied++;
                }
                Cursor = page["nextCursor"]!.GetValue<string>();
                if (!page["hasMore"]!.GetValue<bool>()) return applied;
            }
        }
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid eventId, Guid id, string status = "Confirmed")
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO registrations (id, event_id, kind, status, registrant_name, registrant_email, email_key, consent, answers, manage_token_hash,
                                       check_in_code, source, created_at, updated_at)
            VALUES (@id, @event, 'Attendee', @status, 'Feed Writer', @email, @email, '{"statementVersion":"2023-07","language":"en","givenAt":"2026-01-01T00:00:00+00:00"}',
                    '[]', @hash, 'ci_' || @id::text, 'Public', now(), now())
            """, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("event", eventId);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("email", $"{id:N}@example.com");
        command.Parameters.AddWithValue("hash", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await command.ExecuteNonQueryAsync();
    }

    private static async Task SetStatusAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, string status)
    {
        await using var command = new NpgsqlCommand("UPDATE registrations SET status = @status, updated_at = now() WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("status", status);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<List<(Guid Id, string Status)>> DatabaseRowsAsync(Guid eventId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, status FROM registrations WHERE event_id = @event", connection);
        command.Parameters.AddWithValue("event", eventId);
        var rows = new List<(Guid, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetGuid(0), reader.GetString(1)));
        return rows;
    }

    private static string FeedStatus(string stored) => char.ToLowerInvariant(stored[0]) + stored[1..];

    /// <summary>Polls until the replica holds every change the database has for the event (other tests' transactions may hold the horizon back briefly).</summary>
    private async Task CatchUpAsync(Replica replica, Guid eventId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        long expected;
        do
        {
            await replica.PollAsync();
            await using var connection = await OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM registration_changes WHERE event_id = @event", connection);
            count.Parameters.AddWithValue("event", eventId);
            expected = (long)(await count.ExecuteScalarAsync())!;
            if (replica.Seen.Count >= expected) return;
            Assert.True(DateTime.UtcNow < deadline, $"The feed gave {replica.Seen.Count} of {expected} changes.");
            await Task.Delay(50);
        } while (true);
    }

    [Fact]
    public async Task ChangesFeed_WhenAnEarlierWriterCommitsAfterALaterOne_TheReaderGetsBothOnceAndInCommitSafeOrder()
    {
        var eventId = Guid.Parse(await api.OpenEventAsync("Feed Out Of Order"));
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead], eventId: eventId.ToString());
        var replica = new Replica(api.WithKey(secret));
        await replica.PollAsync();
        var (early, late) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        // The early writer takes the lower transaction id and change id, but stays open.
        await using var earlyConnection = await OpenAsync();
        await using var earlyTransaction = await earlyConnection.BeginTransactionAsync();
        await InsertAsync(earlyConnection, earlyTransaction, eventId, early);
        // The late writer commits first.
        await using (var lateConnection = await OpenAsync())
        {
            await using var lateTransaction = await lateConnection.BeginTransactionAsync();
            await InsertAsync(lateConnection, lateTransaction, eventId, late);
            await lateTransaction.CommitAsync();
        }
        await replica.PollAsync();

        // Committed and visible to anyone reading the table by id, yet held back by the feed: a reader that
        // took it now and kept "the highest id seen" as its cursor would skip the early change for ever.
        Assert.Single(await DatabaseRowsAsync(eventId));
        Assert.DoesNotContain(late, replica.Rows.Keys);
        Assert.DoesNotContain(early, replica.Rows.Keys);

        await earlyTransaction.CommitAsync();
        await CatchUpAsync(replica, eventId);

        Assert.Equal([early, late], replica.Applied);
        Assert.Empty(replica.Duplicates);
        Assert.Equal(2, replica.Seen.Count);
        // The change ids are in the order the writers started, the opposite of the commit order.
        Assert.True(replica.Seen.Min() < replica.Seen.Max());
    }

    [Fact]
    public async Task ChangesFeed_WithManyWritersCommittingInRandomOrderWhileAReaderPolls_TheReplicaEndsEqualToTheDatabase()
    {
        var eventId = Guid.Parse(await api.OpenEventAsync("Feed Random Writers"));
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead], eventId: eventId.ToString());
        var replica = new Replica(api.WithKey(secret));
        const int writers = 6, transactionsPerWriter = 12;
        var statuses = new[] { "Confirmed", "Waitlisted", "Cancelled", "Attended" };

        var writing = Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w * 7919);
            var mine = new List<Guid>();
            await using var connection = await OpenAsync();
            for (var t = 0; t < transactionsPerWriter; t++)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                var added = new List<Guid>();
                for (var op = 0; op < random.Next(1, 4); op++)
                {
                    if (mine.Count == 0 || random.Next(3) == 0)
                    {
                        var id = Guid.CreateVersion7();
                        await InsertAsync(connection, transaction, eventId, id, statuses[random.Next(2)]);
                        added.Add(id);
                    }
                    else await SetStatusAsync(connection, transaction, mine[random.Next(mine.Count)], statuses[random.Next(statuses.Length)]);
                }
                // Hold the transaction open a random while, so commits interleave out of start order.
                await Task.Delay(random.Next(0, 40));
                if (random.Next(8) == 0) await transaction.RollbackAsync();
                else
                {
                    await transaction.CommitAsync();
                    mine.AddRange(added);
                }
            }
        })));
        var polls = 0;
        while (!writing.IsCompleted)
        {
            await replica.PollAsync();
            polls++;
        }
        await writing;
        await CatchUpAsync(replica, eventId);

        var database = await DatabaseRowsAsync(eventId);
        Assert.True(polls > 1, "the reader polled while writers were writing");
        Assert.Empty(replica.Duplicates);
        Assert.Equal(database.Select(r => r.Id).Order(), replica.Rows.Keys.Order());
        Assert.All(database, row => Assert.Equal(FeedStatus(row.Status), replica.Rows[row.Id].Status));
    }

    [Fact]
    public async Task ChangesFeed_RecordsCreationUpdateCancellationAndPromotionFromTheApi_WithoutPersonalData()
    {
        var eventId = await api.OpenEventAsync("Feed Kinds", capacity: 1);
        var seat = await api.RegisterAsync(eventId, "feed.seat@example.com", "Seat Holder");
        var waiting = await api.RegisterAsync(eventId, "feed.waiting@example.com", "Waiting Person");
        await api.Anonymous().DeleteAsync($"/api/v1/registrations/manage/{seat["manageToken"]!.GetValue<string>()}");
        var (_, secret) = await api.CreateKeyAsync([ApiKeyScopes.RegistrationsRead], eventId: eventId);
        var replica = new Replica(api.WithKey(secret));

        await CatchUpAsync(replica, Guid.Parse(eventId));

        var page = await (await api.WithKey(secret).GetAsync("/api/v1/registrations/changes?limit=1000")).AssertJsonAsync(HttpStatusCode.OK);
        var kinds = page["items"]!.AsArray().Select(c => (c!["registrationId"]!.GetValue<string>(), c["change"]!.GetValue<string>(), c["status"]!.GetValue<string>())).ToList();
        var seatId = seat["registration"]!["id"]!.GetValue<string>();
        var waitingId = waiting["registration"]!["id"]!.GetValue<string>();
        Assert.Equal([(seatId, "created", "confirmed"), (waitingId, "created", "waitlisted"), (seatId, "cancelled", "cancelled"), (waitingId, "updated", "confirmed")], kinds);
        Assert.DoesNotContain("@example.com", page.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Seat Holder", page.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(page["nextCursor"]!.GetValue<string>(), (await (await api.WithKey(secret).GetAsync($"/api/v1/registrations/changes?cursor={page["nextCursor"]}")).AssertJsonAsync(HttpStatusCode.OK))["nextCursor"]!.GetValue<string>());
        await (await api.WithKey(secret).GetAsync("/api/v1/registrations/changes?cursor=bm9wZQ")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await api.WithKey(secret).GetAsync("/api/v1/registrations/changes?limit=1001")).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
