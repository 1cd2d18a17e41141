namespace Scc.Application.Search.SearchAll;

/// <summary>A matched range of a snippet's text, counted in UTF-16 code units (the indexes of a JavaScript string).</summary>
/// <param name="Start">The offset of the first code unit of the match.</param>
/// <param name="Length">The number of code units matched.</param>
public sealed record SearchHighlight(int Start, int Length);
