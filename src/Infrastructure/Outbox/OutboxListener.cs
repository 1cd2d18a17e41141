using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Scc.Infrastructure.Outbox;

/// <summary>
/// Keeps a connection of its own LISTENing on <see cref="Channel"/>, which a trigger NOTIFYs when outbox rows (or
/// webhook deliveries) are inserted, and wakes the dispatcher. Notices are sent when the writing transaction commits,
/// so the rows are there to be claimed. A dropped connection is opened again (backing off up to half a minute); while it
/// is down the dispatcher polls, and once it is back it is woken once for whatever was written meanwhile.
/// </summary>
public sealed partial class OutboxListener(string connectionString, OutboxWakeUp wakeUp, TimeProvider clock, ILogger<OutboxListener> logger) : BackgroundService
{
    /// <summary>The channel the outbox triggers notify (migration OutboxNotify).</summary>
    public const string Channel = "scc_outbox";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not from the pool: this connection is held for as long as the process runs, and its LISTEN is session state.
        // Keepalives find a connection that died quietly (a failover, a dropped route), which WaitAsync alone would not.
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false, KeepAlive = 15, ApplicationName = "scc-outbox-listener", Timeout = 5,
        };
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, _) => wakeUp.Wake();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                if (failures > 0) LogListeningAgain(failures);
                failures = 0;
                wakeUp.Wake();
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested && exception is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                failures++;
                var backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures - 1, 5))));
                LogConnectionLost(exception.GetType().Name, backoff.TotalSeconds);
                try
                {
                    await Task.Delay(backoff, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox listener's connection failed ({ExceptionType}); the dispatcher polls until it is open again, in {Seconds} s")]
    private partial void LogConnectionLost(string exceptionType, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The outbox listener is listening again after {Failures} failed attempts")]
    private partial void LogListeningAgain(int failures);
}
