namespace Scc.Domain.Registrations;

/// <summary>What an event's registrations look like when a new one arrives, read under the event's lock.</summary>
/// <param name="SeatsTaken">Registrations holding a seat (<see cref="Registration.HoldsSeatAs"/>).</param>
/// <param name="Waitlisted">People on the waiting list; positions run 1..Waitlisted without gaps.</param>
/// <param name="EmailTaken">A live registration (<see cref="Registration.IsLiveIn"/>) already uses the email.</param>
/// <param name="BoothsHeld">Exhibitors holding a booth (<see cref="Registration.HoldsBoothAs"/>).</param>
public sealed record RegistrationTally(int SeatsTaken, int Waitlisted, bool EmailTaken, int BoothsHeld = 0)
{
    /// <summary>The tally of an event's registrations, counted per kind and status by the database; the rules are applied here.</summary>
    public static RegistrationTally Of(IReadOnlyCollection<StatusCount> counts) => new(
        counts.Where(c => Registration.HoldsSeatAs(c.Kind, c.Status)).Sum(c => c.Count),
        counts.Where(c => c.Status == RegistrationStatus.Waitlisted).Sum(c => c.Count),
        counts.Any(c => Registration.IsLiveIn(c.Status) && c.WithEmail > 0),
        counts.Where(c => Registration.HoldsBoothAs(c.Kind, c.Status)).Sum(c => c.Count));

    /// <summary>The tally once <paramref name="added"/> counts too: what the next submission in the same transaction must see.</summary>
    public RegistrationTally With(Registration added) => this with
    {
        SeatsTaken = SeatsTaken + (added.HoldsSeat ? 1 : 0),
        Waitlisted = Waitlisted + (added.Status == RegistrationStatus.Waitlisted ? 1 : 0),
    };

    /// <summary>How many of an event's registrations have this kind and status, and how many of those use one of the e-mails asked about.</summary>
    public sealed record StatusCount(RegistrationKind Kind, RegistrationStatus Status, int Count, int WithEmail);
}
