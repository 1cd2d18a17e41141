namespace Scc.Application.Common;

/// <summary>
/// Every searchable table has a stored, lower-cased column of its titles or names in both languages
/// (see the database configurations), matched by substring so that Chinese, which has no spaces, is
/// found as well as English; a trigram index keeps that fast.
/// </summary>
public static class SearchText
{
    /// <summary>The shadow property that maps the column.</summary>
    public const string Column = "SearchText";
}
