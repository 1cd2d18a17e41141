using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Domain.Events;

/// <summary>How people register for an event.</summary>
/// <param name="Url">The organiser's registration page, for external registration.</param>
/// <param name="ClosesAt">The deadline, which may be well before the event.</param>
/// <param name="Capacity">Seats; null means unlimited.</param>
/// <param name="Kinds">What the event takes: attendees, exhibitor applications or both; left out means attendees only.</param>
/// <param name="PrivacyStatementVersion">The privacy statement registrants consent to; a registration must name this version.</param>
public sealed record RegistrationSettings(
    RegistrationMode Mode,
    Uri? Url = null,
    DateTimeOffset? OpensAt = null,
    DateTimeOffset? ClosesAt = null,
    int? Capacity = null,
    bool WaitingList = false,
    bool IsFree = true,
    LocalizedText? Note = null,
    IReadOnlyList<RegistrationKind>? Kinds = null,
    string? PrivacyStatementVersion = null)
{
    public static RegistrationSettings None { get; } = new(RegistrationMode.None);

    public bool Offers(RegistrationKind kind) => Kinds is null or [] ? kind == RegistrationKind.Attendee : Kinds.Contains(kind);

    /// <summary>True between the opening and the deadline (either may be absent).</summary>
    public bool IsOpenAt(DateTimeOffset now) => (OpensAt is null || OpensAt <= now) && (ClosesAt is null || now < ClosesAt);

}
