namespace Scc.Application.Common;

/// <summary>LIKE patterns for the lower-cased search columns behind <c>?q=</c>.</summary>
public static class LikePatterns
{
    /// <summary>The escape character used by <see cref="Containing"/>.</summary>
    public const string Escape = @"\";

    /// <summary>A pattern matching lower-cased text that contains <paramref name="text"/>, wildcards escaped.</summary>
    public static string Containing(string text) =>
        "%" + text.Trim().ToLowerInvariant()
            .Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
}
