using Scc.Domain.Common;

namespace Scc.Domain.Registrations;

/// <summary>
/// The confirmation e-mail owed to whoever just submitted a registration: the event's title and the manage token, which
/// exists in plain text only until the e-mail is sent. Never stored on the registration's row.
/// </summary>
public sealed record RegistrationConfirmation(LocalizedText EventTitle, string ManageToken);
