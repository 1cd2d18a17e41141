namespace Scc.Application.Search.SearchAll;

public enum SearchHitKind
{
    Event,
    Delegation,
    Mou,
    Organisation,
    Person,
}
