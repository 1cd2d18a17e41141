namespace Scc.Domain.Delegations;

public enum ParticipantRole
{
    Leader,
    Member,
    Organiser,
    Coordinator,
    Host,
}
