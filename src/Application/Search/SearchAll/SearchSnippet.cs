namespace Scc.Application.Search.SearchAll;

/// <summary>
/// A short excerpt of the field that matched, as plain text (never HTML: render it as text and wrap each highlight
/// range yourself, for example in a <c>mark</c> element). An ellipsis (…) marks text cut at either end.
/// </summary>
/// <param name="Text">The excerpt, plain text.</param>
/// <param name="Language">The language of the excerpt: that of the field that matched, the query's own script first.</param>
/// <param name="Highlights">Where the query (or, for a near match, its words) occurs in <paramref name="Text"/>; empty when nothing occurs verbatim.</param>
public sealed record SearchSnippet(string Text, string Language, IReadOnlyList<SearchHighlight> Highlights);
