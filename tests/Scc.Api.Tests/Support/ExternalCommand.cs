using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Scc.Api.Tests.Support;

/// <summary>Runs a program the tests need (node, npm) and collects what it printed.</summary>
public static class ExternalCommand
{
    public sealed record Outcome(int ExitCode, string Output, string Errors)
    {
        /// <summary>The last lines of both streams, for a failure message.</summary>
        public string Tail(int lines = 120)
        {
            var all = (Errors + Output).Split('\n');
            return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
        }
    }

    public static async Task<Outcome> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
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
        start.Environment["NO_COLOR"] = "1";

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{program} was not found: run the tests with ./scripts/test.sh, which installs Node.js and npm " +
                                                "(Debian's nodejs and npm packages) when they are missing.", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            var limit = timeout ?? TimeSpan.FromMinutes(5);
            using var cancel = new CancellationTokenSource(limit);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {limit}: {await errors}{await output}");
            }
            return new Outcome(process.ExitCode, await output, await errors);
        }
    }
}
