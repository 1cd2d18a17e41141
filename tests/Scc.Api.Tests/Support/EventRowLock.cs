using Npgsql;

namespace Scc.Api.Tests.Support;

/// <summary>
/// An event's row locked from a connection of the test's own, as a long transaction would hold it: submissions to the
/// event wait behind it until <see cref="ReleaseAsync"/>.
/// </summary>
public sealed class EventRowLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string _connectionString;

    private EventRowLock(NpgsqlConnection connection, NpgsqlTransaction transaction, string connectionString)
    {
        _connection = connection;
        _transaction = transaction;
        _connectionString = connectionString;
    }

    public static async Task<EventRowLock> TakeAsync(string connectionString, string eventId)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var lockEvent = new NpgsqlCommand("SELECT 1 FROM events WHERE id = @id FOR UPDATE", connection, transaction);
        lockEvent.Parameters.AddWithValue("id", Guid.Parse(eventId));
        await lockEvent.ExecuteNonQueryAsync();
        return new EventRowLock(connection, transaction, connectionString);
    }

    /// <summary>Returns once a backend of the test's database waits for a lock (the first submission reached this one).</summary>
    public Task WaitUntilABackendWaitsAsync() => WaitUntilBackendsWaitAsync(1);

    /// <summary>Returns once <paramref name="count"/> backends of the test's database wait for a lock (that many requests reached this one).</summary>
    public async Task WaitUntilBackendsWaitAsync(int count)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await waiting.ExecuteScalarAsync())! < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {count} requests ever reached the event's lock");
            await Task.Delay(20);
        }
    }

    public Task ReleaseAsync() => _transaction.RollbackAsync();

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
