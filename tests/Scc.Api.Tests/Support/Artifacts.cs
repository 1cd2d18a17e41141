namespace Scc.Api.Tests.Support;

/// <summary>Files a test run keeps for people to look at (reports, screenshots), under the repository's artifacts/ folder.</summary>
public static class Artifacts
{
    public static string Folder(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Scc.Api.sln"))) directory = directory.Parent;
        var root = directory?.FullName ?? Path.GetTempPath();
        var folder = Path.Combine(root, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes a one-line report that the test script prints after the run.</summary>
    public static Task WriteReportAsync(string name, string line) =>
        File.WriteAllTextAsync(Path.Combine(Folder("reports"), name + ".txt"), line + Environment.NewLine);
}
