namespace Scc.Application.Delegations.ListDelegations;

/// <summary>The list's query-string values, shared by the validator and the handler.</summary>
public static class DelegationListFilters
{
    public const string SortByStart = "startDate";
    public const string SortByStartDescending = "-startDate";
    public static readonly string[] Sorts = [SortByStart, SortByStartDescending];
    public static readonly string[] Whens = ["upcoming", "past", "all"];
}
