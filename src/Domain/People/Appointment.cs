using Scc.Domain.Common;

namespace Scc.Domain.People;

/// <summary>A title a person held, at an organisation, over a period (open-ended when From or To is null).</summary>
public sealed record Appointment(LocalizedText Title, Guid? OrganisationId = null, DateOnly? From = null, DateOnly? To = null)
{
    public bool IsValidOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}
