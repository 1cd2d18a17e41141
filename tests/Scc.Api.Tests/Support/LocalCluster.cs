using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Scc.Api.Tests.Support;

/// <summary>
/// The cluster of <c>scripts/cluster.sh</c> as real processes: a PostgreSQL primary and streaming replica, Redis, API
/// instances running this build's <c>Scc.Api.dll</c> (accepting the test tokens), and HAProxy in front, all on loopback.
/// Started by running the script itself; stopped as a person stops it (SIGINT), which removes every folder it made.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly Process script;
    private readonly StringBuilder log;
    private readonly string stateFile;

    private LocalCluster(Process script, StringBuilder log, string stateFile, IReadOnlyDictionary<string, string> state)
    {
        this.script = script;
        this.log = log;
        this.stateFile = stateFile;
        State = state;
        Url = new Uri(state["SCC_CLUSTER_URL"].Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        InstancePorts = [.. state["SCC_CLUSTER_API_PORTS"].Split(' ').Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
        InstancePids = [.. state["SCC_CLUSTER_API_PIDS"].Split(' ').Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
    }

    /// <summary>HAProxy's address.</summary>
    public Uri Url { get; }

    public IReadOnlyList<int> InstancePorts { get; }

    public IReadOnlyList<int> InstancePids { get; }

    /// <summary>The cluster's description as the script wrote it (connection strings, the replica's data directory, ...).</summary>
    public IReadOnlyDictionary<string, string> State { get; }

    public string PrimaryConnection => State["SCC_PG_CONNECTION"];

    public string ReplicaConnection => State["SCC_PG_REPLICA_CONNECTION"];

    /// <summary>What the script printed so far (for a failure message).</summary>
    public string Log
    {
        get { lock (log) return log.ToString(); }
    }

    public Uri Instance(int index) => new($"http://127.0.0.1:{InstancePorts[index]}");

    /// <param name="settings">API settings for every instance, as environment variables (<c>RateLimiting__...</c>).</param>
    public static async Task<LocalCluster> StartAsync(int instances, IReadOnlyDictionary<string, string> settings, TimeSpan within)
    {
        Assert.True(OperatingSystem.IsLinux(), "The local cluster runs PostgreSQL, Redis and HAProxy as Linux processes.");
        var root = Artifacts.RepositoryRoot();
        var stateFile = Path.Combine(Path.GetTempPath(), $"scc-cluster-{Guid.NewGuid():N}.env");
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "cluster.sh"), "--instances", instances.ToString(CultureInfo.InvariantCulture),
            "--port", FreePort().ToString(CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["SCC_CLUSTER_API_DLL"] = Path.Combine(AppContext.BaseDirectory, "Scc.Api.dll"),
                ["SCC_CLUSTER_STATE"] = stateFile,
                ["SCC_CLUSTER_SEED"] = "0",
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["Authentication__Schemes__Bearer__ValidIssuer"] = TestTokens.Issuer,
                ["Authentication__Schemes__Bearer__ValidAudiences__0"] = TestTokens.Audience,
                ["Authentication__Schemes__Bearer__SigningKeys__0__Issuer"] = TestTokens.Issuer,
                ["Authentication__Schemes__Bearer__SigningKeys__0__Value"] = Convert.ToBase64String(TestTokens.SigningKey),
                ["DataProtection__Certificate__Path"] = TestCertificates.DataProtectionPath,
                ["DataProtection__Certificate__Password"] = TestCertificates.DataProtectionPassword,
                ["Webhooks__AllowInsecureLoopback"] = "true",
                ["Outbox__PollInterval"] = "00:00:01",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (name, value) in settings) start.Environment[name] = value;
        var log = new StringBuilder();
        var script = Process.Start(start)!;
        script.OutputDataReceived += (_, line) => { lock (log) log.AppendLine(line.Data); };
        script.ErrorDataReceived += (_, line) => { lock (log) log.AppendLine(line.Data); };
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();

        var waited = Stopwatch.StartNew();
        while (!File.Exists(stateFile) || new FileInfo(stateFile).Length == 0)
        {
            if (script.HasExited || waited.Elapsed > within)
            {
                if (!script.HasExited) await SignalAsync(script.Id, "INT");
                await script.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
                string printed;
                lock (log) printed = log.ToString();
                var reason = printed.Contains("haproxy not found", StringComparison.Ordinal)
                    ? "HAProxy is missing and could not be installed (Debian's haproxy package; run the tests as root without SCC_NO_APT=1)"
                    : $"scripts/cluster.sh did not get the cluster ready within {within.TotalSeconds:0} s";
                Assert.Fail($"{reason}. Its output:\n{printed}");
            }
            await Task.Delay(250);
        }
        await Task.Delay(100); // the script copies the file in one go; let the copy finish
        var state = File.ReadAllLines(stateFile).Where(l => l.Contains('=', StringComparison.Ordinal))
            .Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('"'));
        return new LocalCluster(script, log, stateFile, state);
    }

    /// <summary>Kills instance <paramref name="index"/> as a crash would: SIGKILL, no shutdown.</summary>
    public Task KillInstanceAsync(int index) => SignalAsync(InstancePids[index], "KILL");

    /// <summary>Takes the replica down (a fast shutdown: its clients see their connections closed).</summary>
    public async Task StopReplicaAsync()
    {
        var pgCtl = Path.Combine(State["SCC_PG_BINDIR"], "pg_ctl");
        string[] arguments = ["-D", State["SCC_PG_REPLICA_DATA"], "-m", "fast", "-w", "-t", "30", "stop"];
        var outcome = Environment.UserName == "root"
            ? await ExternalCommand.RunAsync("runuser", ["-u", "postgres", "--", pgCtl, .. arguments], Path.GetTempPath())
            : await ExternalCommand.RunAsync(pgCtl, arguments, Path.GetTempPath());
        Assert.True(outcome.ExitCode == 0, "pg_ctl stop (replica) failed: " + outcome.Tail());
    }

    /// <summary>
    /// Stops the cluster with SIGINT, as Ctrl-C does; returns the script's exit code. A shell that started with SIGINT
    /// ignored (a background job of a non-interactive shell does, and so do its descendants) cannot trap it: such a
    /// script is stopped with SIGTERM, which it traps alike.
    /// </summary>
    public async Task<int> StopAsync()
    {
        if (!script.HasExited) await SignalAsync(script.Id, IgnoresInterrupt(script.Id) ? "TERM" : "INT");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await script.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            script.Kill(entireProcessTree: true);
            await script.WaitForExitAsync();
        }
        return script.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!script.HasExited) await StopAsync();
        script.Dispose();
        File.Delete(stateFile);
    }

    private static bool IgnoresInterrupt(int pid)
    {
        try
        {
            var ignored = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))["SigIgn:".Length..].Trim();
            const int sigint = 2;
            return (ulong.Parse(ignored, NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << (sigint - 1))) != 0;
        }
        catch (IOException)
        {
            return false; // exited meanwhile
        }
    }

    private static async Task SignalAsync(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)])
            { RedirectStandardError = true })!;
        await kill.WaitForExitAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
