namespace Scc.Domain.Registrations;

/// <summary>What an event's registrations look like when a new one arrives, read under the event's lock.</summary>
/// <param name="SeatsTaken">Confirmed and attended attendees.</param>
/// <param name="Waitlisted">People on the waiting list; positions run 1..Waitlisted without gaps.</param>
/// <param name="EmailTaken">A live registration (not cancelled or rejected) already uses the email.</param>
public sealed record RegistrationTally(int SeatsTaken, int Waitlisted, bool EmailTaken)
{
    /// <summary>The tally once <paramref name="added"/> counts too: what the next submission in the same transaction must see.</summary>
    public RegistrationTally With(Registration added) => this with
    {
        SeatsTaken = SeatsTaken + (added.Kind == RegistrationKind.Attendee && added.Status is RegistrationStatus.Confirmed or RegistrationStatus.Attended ? 1 : 0),
        Waitlisted = Waitlisted + (added.Status == RegistrationStatus.Waitlisted ? 1 : 0),
    };
}
