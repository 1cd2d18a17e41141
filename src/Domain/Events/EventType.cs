namespace Scc.Domain.Events;

public enum EventType
{
    Seminar,
    Training,
    Talk,
    Workshop,
    Forum,
    Conference,
    Exhibition,
    Pavilion,
    AwardCeremony,
    Competition,
    Webinar,
    Ceremony,
    Visit,
    Other,
}
