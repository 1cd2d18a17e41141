namespace Scc.Application.Mous.ListMous;

/// <summary>The list's query-string values, shared by the validator and the handler.</summary>
public static class MouListFilters
{
    public const string SortBySigned = "signedOn";
    public const string SortBySignedDescending = "-signedOn";
    public static readonly string[] Sorts = [SortBySignedDescending, SortBySigned];
}
