using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.Changes;

/// <summary>One change to a registration, without personal data; read the registration for the person.</summary>
/// <param name="Sequence">The change's own number; unique, but not in feed order across transactions.</param>
/// <param name="Status">The registration's status after the change.</param>
/// <param name="WaitlistPosition">Its place on the waiting list after the change, while waitlisted.</param>
/// <param name="ExternalReference">The integration's own id for the registration, when it has one.</param>
public sealed record RegistrationChangeResponse(
    long Sequence,
    Guid RegistrationId,
    Guid EventId,
    ChangeKind Change,
    RegistrationStatus Status,
    RegistrationKind Kind,
    int? WaitlistPosition,
    string? ExternalReference,
    DateTimeOffset OccurredAt);
