using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Scc.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Points each connection, as it opens, at the server its scope may read from (ADR 30): the replica when the scope's
/// <see cref="Application.Common.ReadSource"/> allows it, the primary otherwise. Deciding at each open rather than when
/// the pooled context is rented means the choice holds however early in a request the context was resolved, and a context
/// handed back to the pool carries nothing over. Registered only when a replica is configured.
/// </summary>
public sealed class ReplicaReadsInterceptor(string primary, string replica) : DbConnectionInterceptor
{
    /// <summary>
    /// The replica's connection string with the primary added as a second host and <c>Target Session Attributes=prefer-standby</c>:
    /// Npgsql connects to the standby while it answers and to the primary when it does not (down, or not yet up), remembering
    /// a host that failed for <c>Host Recheck Seconds</c>, so a replica outage costs readers no error.
    /// </summary>
    public static string PreferStandby(string replica, string primary)
    {
        var standby = new NpgsqlConnectionStringBuilder(replica);
        var main = new NpgsqlConnectionStringBuilder(primary);
        standby.Host = string.Join(',', Hosts(standby).Concat(Hosts(main)).Distinct(StringComparer.OrdinalIgnoreCase));
        standby.TargetSessionAttributes = "prefer-standby";
        return standby.ConnectionString;
    }

    // Each host with its port written out, since the two strings may name different default ports.
    private static IEnumerable<string> Hosts(NpgsqlConnectionStringBuilder builder) =>
        (builder.Host ?? "localhost").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(host => host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') || host.Contains("]:", StringComparison.Ordinal)
                ? host
                : $"{host}:{builder.Port}");

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Route(connection, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        Route(connection, eventData);
        return ValueTask.FromResult(result);
    }

    private void Route(DbConnection connection, ConnectionEventData eventData)
    {
        var target = eventData.Context is AppDbContext { ReadSource.ReplicaAllowed: true } ? replica : primary;
        if (!string.Equals(connection.ConnectionString, target, StringComparison.Ordinal)) connection.ConnectionString = target;
    }
}
