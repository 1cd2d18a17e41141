using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Scc.Application.Common;

namespace Scc.Infrastructure.Persistence;

/// <summary>PostgreSQL's error codes and EF Core's exceptions read as what they mean for the caller.</summary>
public sealed class DatabaseFailures : IDatabaseFailures
{
    public DatabaseFailure? Describe(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => new(DatabaseFailureKind.ChangedMeanwhile, null,
            "The resource was changed by someone else while this request ran; fetch it again and retry."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: var constraint } }
            when UniqueConstraints.Describe(constraint) is { } known => new(DatabaseFailureKind.Conflict, known.Code, known.Detail),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
            new(DatabaseFailureKind.Conflict, null, "Something with the same unique value already exists."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } } inUse
            when DeletedEntityName(inUse) is { } deleted =>
            new(DatabaseFailureKind.Conflict, deleted + "_in_use", "It is still referred to by other records; remove those references first."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } } =>
            new(DatabaseFailureKind.Conflict, null, "The change refers to something that does not exist, or is still referred to."),
        // A safety net behind the JSON reader's own check: text the database cannot store (NUL, say, in a query string).
        DbUpdateException { InnerException: PostgresException { SqlState: "22021" or "22P05" } } or PostgresException { SqlState: "22021" or "22P05" } =>
            new(DatabaseFailureKind.UnstorableText, null, "The request holds text that cannot be stored (the NUL character, say)."),
        _ when IsUnavailable(exception) => new(DatabaseFailureKind.Unavailable, null, "The database is not available at the moment; retry shortly."),
        _ => null,
    };

    /// <summary>
    /// For a delete refused by a restricting foreign key: the deleted aggregate's name in snake case
    /// (funding_programme, organisation...), which makes the problem's code <c>funding_programme_in_use</c>.
    /// Tables that refer to an aggregate need no query of their own in its delete handler.
    /// </summary>
    private static string? DeletedEntityName(DbUpdateException exception) =>
        exception.Entries.FirstOrDefault(e => e.State == EntityState.Deleted && !e.Metadata.IsOwned())?.Metadata.ClrType.Name is { } name
            ? JsonNamingPolicy.SnakeCaseLower.ConvertName(name)
            : null;

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        // Connection failures (08xxx), shutdown and start-up of the server (57P0x), too many connections (53300).
        PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal) ||
            state.StartsWith("57P0", StringComparison.Ordinal) || state == PostgresErrorCodes.TooManyConnections => true,
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException } => true,
        TimeoutException => true,
        InvalidOperationException { InnerException: { } inner } => IsUnavailable(inner),
        RetryLimitExceededException { InnerException: { } inner } => IsUnavailable(inner),
        DbUpdateException { InnerException: { } inner } => IsUnavailable(inner),
        _ => false,
    };
}
