using Scc.Domain.People;

namespace Scc.Domain.Digests;

/// <summary>Which of a person's titles a digest item shows: people hold several at once.</summary>
public static class DigestTitles
{
    /// <summary>
    /// The appointment held on <paramref name="date"/> at an organisation taking part in the item (the chair of
    /// the LegCo panel leading that panel's delegation), else at the consortium (its Founder and Honorary
    /// President on a visit of LegCo members), else the most recently started one; null when none was held.
    /// </summary>
    public static Appointment? Choose(IEnumerable<Appointment> appointments, DateOnly date, IReadOnlyCollection<Guid> itemOrganisationIds, Guid? consortiumId)
    {
        var held = AppointmentHistory.On(appointments, date);
        return held.FirstOrDefault(a => a.OrganisationId is { } org && itemOrganisationIds.Contains(org))
               ?? held.FirstOrDefault(a => a.OrganisationId is { } org && org == consortiumId)
               ?? (held.Count > 0 ? held[0] : null);
    }
}
