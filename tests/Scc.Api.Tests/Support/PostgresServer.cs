using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Scc.Infrastructure.Persistence;
using Testcontainers.PostgreSql;

namespace Scc.Api.Tests.Support;

/// <summary>
/// One PostgreSQL per test run: <c>SCC_TEST_CONNECTION</c> when set (the test script starts a throw-away
/// server), else a Testcontainers container when Docker is there. A migrated template database is made
/// once; each test class gets its own copy of it, so classes run in parallel on clean state.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static PostgreSqlContainer? container;

    /// <summary>A new, migrated, empty database; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var template = await Template.Value;
        var name = "scc_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(Maintenance(template), $"CREATE DATABASE {name} TEMPLATE {new NpgsqlConnectionStringBuilder(template).Database}");
        return WithDatabase(template, name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(Maintenance(connectionString), $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task<string> CreateTemplateAsync() =>
        await CreateMigratedDatabaseAsync(await ServerConnectionStringAsync(), "scc_template_" + Environment.ProcessId);

    /// <summary>Creates (or recreates) a database on a server and migrates it; returns its connection string.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync(string server, string name)
    {
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        var template = WithDatabase(server, name);
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(template, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")).UseSnakeCaseNamingConvention().Options;
        await using (var db = new AppDbContext(options)) await db.Database.MigrateAsync();
        NpgsqlConnection.ClearAllPools();
        return template;
    }

    /// <summary>A new database migrated only as far as <paramref name="migration"/> (an older schema); returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAtMigrationAsync(string migration)
    {
        var template = await Template.Value;
        var name = "scc_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(Maintenance(template), $"CREATE DATABASE {name}");
        var connectionString = WithDatabase(template, name);
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")).UseSnakeCaseNamingConvention().Options;
        await using (var db = new AppDbContext(options)) await db.GetService<IMigrator>().MigrateAsync(migration);
        return connectionString;
    }

    private static async Task<string> ServerConnectionStringAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SCC_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment;
        if (!DockerIsAvailable())
            throw new InvalidOperationException(
                "No PostgreSQL for the tests: run them with ./scripts/test.sh (it starts a throw-away local server), " +
                "set SCC_TEST_CONNECTION to a server's connection string, or start Docker for Testcontainers.");
        container = new PostgreSqlBuilder("postgres:17-alpine").Build();
        await container.StartAsync();
        return container.GetConnectionString();
    }

    private static bool DockerIsAvailable()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host) && !host.StartsWith("unix://", StringComparison.Ordinal)) return true;
        var socket = string.IsNullOrEmpty(host) ? "/var/run/docker.sock" : host["unix://".Length..];
        if (!File.Exists(socket)) return false;
        try
        {
            using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            probe.Connect(new UnixDomainSocketEndPoint(socket));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Maintenance(string connectionString) => WithDatabase(connectionString, "postgres");

    private static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
