namespace Scc.Domain.Partnerships;

public enum PartnershipScopeKind
{
    Event,
    Series,
    Programme,
    Period,
}
