namespace Scc.Application.Common.Validation;

public static class SearchPatterns
{
    /// <summary>Escapes LIKE's wildcards so that a search for "50%" means the text "50%" (escape character: backslash).</summary>
    public static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
