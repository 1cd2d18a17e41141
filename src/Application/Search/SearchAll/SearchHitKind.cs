namespace Scc.Application.Search.SearchAll;

/// <summary>What a search hit is. The order is the tie-break of hits ranked alike (then the slug).</summary>
public enum SearchHitKind
{
    Event,
    Delegation,
    Mou,
    Organisation,
    Person,
    Series,
    Partnership,
    Programme,
    FundingProgramme,
    Digest,
}
