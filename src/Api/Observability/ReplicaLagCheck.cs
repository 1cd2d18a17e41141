using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Scc.Api.Observability;

/// <summary>
/// The read replica's lag: how long ago the last transaction it replayed was committed on the primary, or none when it
/// has replayed all it received (an idle primary writes nothing, which is no lag). Degraded above the threshold, when
/// the server is not a standby, or when it cannot be reached.
/// </summary>
public sealed class ReplicaLagCheck(string connectionString, TimeSpan maxLag) : IHealthCheck, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource = new NpgsqlDataSourceBuilder(
        new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, CommandTimeout = 3, ApplicationName = "scc-readiness" }.ConnectionString).Build();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("""
                SELECT pg_is_in_recovery(),
                       CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                            ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (!reader.GetBoolean(0))
                return new HealthCheckResult(context.Registration.FailureStatus, "The replica is not a standby (not in recovery): reads go to the primary.");
            var lag = reader.IsDBNull(1) ? (double?)null : reader.GetDouble(1);
            var data = new Dictionary<string, object> { ["lagSeconds"] = lag ?? -1 };
            if (lag is null)
                return new HealthCheckResult(context.Registration.FailureStatus, "The replica has replayed nothing yet.", data: data);
            return lag.Value > maxLag.TotalSeconds
                ? new HealthCheckResult(context.Registration.FailureStatus, $"The replica is {lag.Value:0.#} s behind (more than {maxLag.TotalSeconds:0} s).", data: data)
                : HealthCheckResult.Healthy($"The replica is {lag.Value:0.#} s behind.", data);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The replica cannot be reached: reads go to the primary.");
        }
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
