namespace Scc.Application.DirectoryExport;

/// <summary>An export in JSON: every item at once, with no paging.</summary>
public sealed record ExportedItems<T>(IReadOnlyList<T> Items);
