using System.Linq.Expressions;
using Scc.Application.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations;

/// <summary>A registration as its registrant (through the manage token) and the staff see it.</summary>
/// <param name="WaitlistPosition">1-based place on the waiting list while waitlisted, else null.</param>
/// <param name="Exhibitor">For exhibitor applications, else null.</param>
/// <param name="ExternalReference">The integration's own id for it, when it came through a bulk upsert.</param>
/// <param name="Source">Where it came from: public (a submission without credentials), staff (a submission by a staff user or an API key) or integration (a bulk upsert).</param>
/// <param name="CheckedInAt">When the registrant was checked in; null before, and for those marked present before check-in times were recorded.</param>
/// <param name="ErasedAt">When the person's data was erased; the registration then counts anonymously.</param>
public sealed record RegistrationResponse(
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
    uint Version) : IVersioned
{
    public static Expression<Func<Registration, RegistrationResponse>> Projection { get; } = r => new RegistrationResponse(
        r.Id, r.EventId, r.Kind, r.Status, r.WaitlistPosition, r.Registrant, r.Exhibitor, r.Answers, r.Consent, r.ExternalReference, r.Source, r.CheckedInAt, r.ErasedAt, r.CreatedAt, r.UpdatedAt, r.Version);

    private static readonly Func<Registration, RegistrationResponse> FromEntity = Projection.Compile();

    public static RegistrationResponse From(Registration registration) => FromEntity(registration);
}
