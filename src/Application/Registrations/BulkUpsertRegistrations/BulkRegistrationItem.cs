using Scc.Application.Registrations.RegisterForEvent;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.BulkUpsertRegistrations;

/// <summary>One registration as the integration holds it.</summary>
/// <param name="ExternalReference">The integration's own id for the registration: the match key, unique per event.</param>
/// <param name="Kind">attendee (the default) or exhibitor; it cannot change once created.</param>
/// <param name="Registrant">The person's contact details; replace the stored ones on update.</param>
/// <param name="Exhibitor">Required for exhibitor applications.</param>
/// <param name="Consent">Required to create: the consent the person gave (the event's current privacy statement version).</param>
/// <param name="Answers">Answers to the event's custom questions (required ones are needed to create); on an existing
/// registration, given answers replace the stored ones and absent ones leave them as they are.</param>
/// <param name="Status">For an existing registration only: cancelled (the seat goes to the first person waiting) or attended (check-in).</param>
public sealed record BulkRegistrationItem(
    string ExternalReference,
    RegistrantBody Registrant,
    RegistrationKind Kind = RegistrationKind.Attendee,
    ExhibitorBody? Exhibitor = null,
    ConsentBody? Consent = null,
    RegistrationStatus? Status = null,
    IReadOnlyList<Answer>? Answers = null);
