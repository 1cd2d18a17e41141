using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Kit;

/// <summary>The Python samples (samples/sync-python), run with the machine's python3 as their users run them.</summary>
public static class Python
{
    public static string SampleFolder => Path.Combine(Artifacts.RepositoryRoot(), "samples", "sync-python");

    public static Task<ExternalCommand.Outcome> RunAsync(params string[] arguments) =>
        ExternalCommand.RunAsync("python3", ["-u", .. arguments], SampleFolder, timeout: TimeSpan.FromMinutes(2));

    public static RunningProcess Start(string[] arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        RunningProcess.Start("python3", ["-u", .. arguments], SampleFolder, environment);
}
