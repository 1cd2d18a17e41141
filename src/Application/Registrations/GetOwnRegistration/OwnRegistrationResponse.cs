using Scc.Application.Common;
using Scc.Application.Registrations.CheckIn;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.GetOwnRegistration;

/// <summary>A registration as its registrant sees it through the manage token: as the staff see it, with the check-in pass.</summary>
/// <param name="WaitlistPosition">1-based place on the waiting list while waitlisted, else null.</param>
/// <param name="Exhibitor">For exhibitor applications, else null.</param>
/// <param name="ExternalReference">The integration's own id for it, when it came through a bulk upsert.</param>
/// <param name="Source">Where it came from: public, staff or integration.</param>
/// <param name="CheckedInAt">When the registrant was checked in; null before.</param>
/// <param name="ErasedAt">When the person's data was erased; the registration then counts anonymously.</param>
/// <param name="CheckIn">The code and QR code to show at the door, while the registration is confirmed; null otherwise (pending, waitlisted, cancelled, rejected, already attended, erased).</param>
public sealed record OwnRegistrationResponse(
    Guid Id,
    Guid EventId,
    RegistrationKind Kind,
    RegistrationStatus Status,
    int? WaitlistPosition,
    Registrant Registrant,
    ExhibitorDetails? Exhibitor,
    IReadOnlyList<Answer> Answers,
    Consent Consent,
    string? ExternalReference,
    RegistrationSource Source,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? ErasedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version,
    CheckInPass? CheckIn) : IVersioned
{
    public static OwnRegistrationResponse From(RegistrationResponse r, string checkInCode) => new(
        r.Id, r.EventId, r.Kind, r.Status, r.WaitlistPosition, r.Registrant, r.Exhibitor, r.Answers, r.Consent, r.ExternalReference, r.Source,
        r.CheckedInAt, r.ErasedAt, r.CreatedAt, r.UpdatedAt, r.Version,
        r.Status == RegistrationStatus.Confirmed && r.ErasedAt is null ? CheckInPass.For(checkInCode) : null);
}
