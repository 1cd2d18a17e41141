namespace Scc.Domain.Registrations;

/// <summary>What an event's registrations look like when a new one arrives, read under the event's lock.</summary>
/// <param name="SeatsTaken">Confirmed and attended attendees.</param>
/// <param name="Waitlisted">People on the waiting list; positions run 1..Waitlisted without gaps.</param>
/// <param name="EmailTaken">A live registration (not cancelled or rejected) already uses the email.</param>
public sealed record RegistrationTally(int SeatsTaken, int Waitlisted, bool EmailTaken);
