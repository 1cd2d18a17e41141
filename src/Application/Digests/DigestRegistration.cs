using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Digests;

/// <summary>How to take part in an upcoming event.</summary>
/// <param name="Url">Where to register: the organiser's page for external registration, this API's registration endpoint for internal.</param>
/// <param name="ClosesAt">The deadline, which may fall long before the event.</param>
public sealed record DigestRegistration(
    RegistrationMode Mode, Uri? Url, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, bool IsFree, int? Capacity,
    LocalizedText? Note, IReadOnlyList<RegistrationKind> Kinds);
