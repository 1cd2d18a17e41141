using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.CheckIn;

/// <summary>What the door needs to know about a scanned code: whose it is and whether they are in. No other personal data.</summary>
/// <param name="RegistrationId">The registration checked in.</param>
/// <param name="Name">The registrant's name, to greet them (or to see that the ticket is someone else's).</param>
/// <param name="Status">attended: the registrant is in.</param>
/// <param name="AlreadyCheckedIn">True when the code had been scanned before: this scan changed nothing.</param>
/// <param name="CheckedInAt">When they were first checked in; null only for those marked present before check-in times were recorded.</param>
public sealed record CheckInResult(
    Guid RegistrationId,
    string Name,
    RegistrationKind Kind,
    RegistrationStatus Status,
    bool AlreadyCheckedIn,
    DateTimeOffset? CheckedInAt);
