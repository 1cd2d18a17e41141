namespace Scc.Application.Registrations.CountRegistrations;

/// <summary>An event's registrations by status, its capacity (null: unlimited), and its exhibitor booths.</summary>
/// <param name="ExhibitorBooths">The booths exhibitors can be approved for; null: unlimited.</param>
/// <param name="BoothsHeld">Exhibitors holding a booth: approved, or attended.</param>
public sealed record RegistrationCounts(int? Capacity, int Confirmed, int Waitlisted, int Pending, int Rejected, int Cancelled, int Attended,
    int? ExhibitorBooths, int BoothsHeld);
