using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Scc.Api.Tests.Support;

/// <summary>
/// A PostgreSQL server that one test owns and may take down and bring back: a throw-away local cluster made
/// with the server binaries the test script found (<c>SCC_PG_BINDIR</c>), or, where Docker is the database,
/// a container of its own that is paused and resumed.
/// </summary>
public sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string? binDir;
    private readonly string? folder;
    private readonly PostgreSqlContainer? container;

    private OwnPostgres(string connectionString, string? binDir, string? folder, PostgreSqlContainer? container)
    {
        ConnectionString = connectionString;
        this.binDir = binDir;
        this.folder = folder;
        this.container = container;
    }

    /// <summary>Connection string of the server's <c>postgres</c> database.</summary>
    public string ConnectionString { get; }

    private string DataDir => Path.Combine(folder!, "data");

    public static async Task<OwnPostgres> StartAsync()
    {
        if (LocalBinDir() is { } bin)
        {
            var folder = Directory.CreateTempSubdirectory("scc-own-pg.").FullName;
            var port = FreePort();
            var server = new OwnPostgres($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", bin, folder, null);
            Directory.CreateDirectory(server.DataDir);
            if (IsRoot) await RunAsync("chown", "-R", "postgres:", folder);
            await AsServerUserAsync(Path.Combine(bin, "initdb"), "-D", server.DataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C");
            await server.UpAsync(port);
            return server;
        }
        var box = new PostgreSqlBuilder("postgres:17-alpine").Build();
        await box.StartAsync();
        return new OwnPostgres(new NpgsqlConnectionStringBuilder(box.GetConnectionString()) { Database = "postgres" }.ConnectionString, null, null, box);
    }

    /// <summary>Takes the server down: a fast shutdown of the local cluster (clients see their connections closed), or a paused container.</summary>
    public async Task StopAsync()
    {
        if (container is not null) await container.PauseAsync();
        else await AsServerUserAsync(Path.Combine(binDir!, "pg_ctl"), "-D", DataDir, "-m", "fast", "-w", "-t", "30", "stop");
    }

    /// <summary>Brings the server back on the same port.</summary>
    public async Task StartAgainAsync()
    {
        if (container is not null) await container.UnpauseAsync();
        else await UpAsync(new NpgsqlConnectionStringBuilder(ConnectionString).Port);
    }

    /// <summary>A custom-format dump (<c>pg_dump -Fc</c>) of one database, as the backup procedure of docs/operations.md takes it.</summary>
    public async Task<byte[]> DumpAsync(string database)
    {
        if (container is not null)
        {
            var result = await container.ExecAsync(["pg_dump", "-U", "postgres", "-Fc", "-f", "/tmp/scc.dump", database]);
            if (result.ExitCode != 0) throw new InvalidOperationException("pg_dump failed: " + result.Stderr);
            return await container.ReadFileAsync("/tmp/scc.dump");
        }
        var file = Path.Combine(folder!, "backup.dump");
        var port = new NpgsqlConnectionStringBuilder(ConnectionString).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await RunAsync(Path.Combine(binDir!, "pg_dump"), "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-Fc", "-f", file, database);
        return await File.ReadAllBytesAsync(file);
    }

    /// <summary>Restores a dump into a new database (<c>createdb</c>, then <c>pg_restore --no-owner</c>); returns its connection string.</summary>
    public async Task<string> RestoreAsync(byte[] dump, string database)
    {
        if (container is not null)
        {
            await container.CopyAsync(dump, "/tmp/restore.dump");
            foreach (var command in new[] { new[] { "createdb", "-U", "postgres", database }, ["pg_restore", "-U", "postgres", "--no-owner", "-d", database, "/tmp/restore.dump"] })
            {
                var result = await container.ExecAsync(command);
                if (result.ExitCode != 0) throw new InvalidOperationException($"{command[0]} failed: {result.Stderr}");
            }
        }
        else
        {
            var file = Path.Combine(folder!, "restore.dump");
            await File.WriteAllBytesAsync(file, dump);
            var port = new NpgsqlConnectionStringBuilder(ConnectionString).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await RunAsync(Path.Combine(binDir!, "createdb"), "-h", "127.0.0.1", "-p", port, "-U", "postgres", database);
            await RunAsync(Path.Combine(binDir!, "pg_restore"), "-h", "127.0.0.1", "-p", port, "-U", "postgres", "--no-owner", "-d", database, file);
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (container is not null)
        {
            await container.DisposeAsync();
            return;
        }
        try { await AsServerUserAsync(Path.Combine(binDir!, "pg_ctl"), "-D", DataDir, "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { /* already down */ }
        Directory.Delete(folder!, recursive: true);
    }

    private Task UpAsync(int port) => AsServerUserAsync(Path.Combine(binDir!, "pg_ctl"), "-D", DataDir, "-l", Path.Combine(folder!, "log"), "-w", "-t", "60",
        "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c max_connections=100", "start");

    private static bool IsRoot => Environment.UserName == "root";

    private static string? LocalBinDir()
    {
        var configured = Environment.GetEnvironmentVariable("SCC_PG_BINDIR");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "pg_ctl"))) return configured;
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The server refuses to run as root.
    private static Task AsServerUserAsync(string program, params string[] arguments) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }
}
