namespace Scc.Application.Registrations.CountRegistrations;

/// <summary>An event's registrations by status, and its capacity (null: unlimited).</summary>
public sealed record RegistrationCounts(int? Capacity, int Confirmed, int Waitlisted, int Pending, int Rejected, int Cancelled, int Attended);
