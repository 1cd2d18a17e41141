namespace Scc.Domain.Organisations;

public enum OrganisationKind
{
    GovernmentBody,
    StatutoryBody,
    TradeAssociation,
    ProfessionalBody,
    Academic,
    Company,
    Ngo,
    ForeignAgency,
    Other,
}
