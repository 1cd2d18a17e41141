namespace Scc.Application.Common;

/// <summary>
/// Every searchable table has a stored, lower-cased column of its titles or names in both languages
/// (see the database configurations), matched by substring so that Chinese, which has no spaces, is
/// found as well as English; a trigram index keeps that fast. Beside it, a stored array of the text's
/// distinct one- and two-character pieces answers queries too short for trigrams from an index of its own.
/// </summary>
public static class SearchText
{
    /// <summary>The shadow property that maps the column.</summary>
    public const string Column = "SearchText";

    /// <summary>The shadow property of the text's distinct one- and two-character pieces (none holding white space).</summary>
    public const string GramsColumn = "SearchGrams";

    /// <summary>The longest query answered from <see cref="GramsColumn"/>; longer ones have trigrams.</summary>
    public const int ShortQueryMaxLength = 2;
}
