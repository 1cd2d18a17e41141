namespace Scc.Domain.Organisations;

/// <summary>The part an organisation plays in an event, programme or partnership.</summary>
public enum OrganisationRole
{
    Organiser,
    CoOrganiser,
    SupportingOrganisation,
    CollaboratingOrganisation,
    Sponsor,
    Funder,
    Operator,
    Establisher,
}
