using Scc.Domain.Common;

namespace Scc.Domain.Events;

/// <summary>How people register for an event.</summary>
/// <param name="Url">The organiser's registration page, for external registration.</param>
/// <param name="ClosesAt">The deadline, which may be well before the event.</param>
/// <param name="Capacity">Seats; null means unlimited.</param>
public sealed record RegistrationSettings(
    RegistrationMode Mode,
    Uri? Url = null,
    DateTimeOffset? OpensAt = null,
    DateTimeOffset? ClosesAt = null,
    int? Capacity = null,
    bool WaitingList = false,
    bool IsFree = true,
    LocalizedText? Note = null)
{
    public static RegistrationSettings None { get; } = new(RegistrationMode.None);
}
