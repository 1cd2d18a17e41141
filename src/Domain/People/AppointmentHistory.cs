namespace Scc.Domain.People;

/// <summary>Reading a person's dated appointments: which titles held on a given day.</summary>
public static class AppointmentHistory
{
    /// <summary>
    /// The appointments valid on <paramref name="date"/>, most recently started first (open starts last);
    /// a person may hold several at once.
    /// </summary>
    public static IReadOnlyList<Appointment> On(IEnumerable<Appointment> appointments, DateOnly date) =>
        [.. appointments.Where(a => a.IsValidOn(date)).OrderByDescending(a => a.From ?? DateOnly.MinValue)];

    /// <summary>The distinct organisations the appointments are at, in order of first mention.</summary>
    public static IReadOnlyList<Guid> OrganisationIds(IEnumerable<Appointment> appointments) =>
        [.. appointments.Select(a => a.OrganisationId).OfType<Guid>().Distinct()];
}
