namespace Scc.Domain.Events;

public enum SpeakerRole
{
    Speaker,
    GuestOfHonour,
    OfficiatingGuest,
    Judge,
    HeadOfJudges,
    Moderator,
    Host,
    Presenter,
    Guest,
}
