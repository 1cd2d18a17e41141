using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Scc.Api.Tests.Kit;

/// <summary>
/// A program of the integration kit that runs while the test watches it (a sync script, a webhook receiver): its
/// standard output read line by line as it comes, so that the test can act at a chosen moment (stop it, send it a request).
/// </summary>
public sealed class RunningProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder errors = new();

    private RunningProcess(Process process) => this.process = process;

    public static RunningProcess Start(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = new Process { StartInfo = start };
        var running = new RunningProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) running.lines.Writer.TryComplete();
            else running.lines.Writer.TryWrite(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (running.errors) running.errors.AppendLine(e.Data);
        };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{program} was not found: the integration kit's tests need it on the PATH.", e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    public string Errors
    {
        get
        {
            lock (errors) return errors.ToString();
        }
    }

    /// <summary>The next line of standard output; fails when the program ends or stays silent for <paramref name="timeout"/>.</summary>
    public async Task<string> ReadLineAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            if (await lines.Reader.WaitToReadAsync(cancel.Token) && lines.Reader.TryRead(out var line)) return line;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{process.StartInfo.FileName} printed nothing for {timeout}. Its errors:{Environment.NewLine}{Errors}");
        }
        await process.WaitForExitAsync(CancellationToken.None);
        throw new InvalidOperationException($"{process.StartInfo.FileName} ended with {process.ExitCode}. Its errors:{Environment.NewLine}{Errors}");
    }

    /// <summary>Stops the program as a crash or a power cut would: SIGKILL, no chance to clean up.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) await KillAsync();
        process.Dispose();
    }
}
