namespace Scc.Api.Tests.Support;

/// <summary>Files a test run keeps for people to look at (reports, screenshots), under the repository's artifacts/ folder.</summary>
public static class Artifacts
{
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Scc.Api.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (the folder holding Scc.Api.sln) was not found above " + AppContext.BaseDirectory);
    }

    public static string Folder(string name)
    {
        var folder = System.IO.Path.Combine(RepositoryRoot(), "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string Path(string folder, string file) => System.IO.Path.Combine(Folder(folder), file);

    /// <summary>Writes a one-line report that the test script prints after the run.</summary>
    public static Task WriteReportAsync(string name, string line) =>
        File.WriteAllTextAsync(Path("reports", name + ".txt"), line + Environment.NewLine);
}
