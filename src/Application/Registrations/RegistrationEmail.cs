using Scc.Application.Common.Outbox;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations;

/// <summary>
/// What the confirmation, waiting-list or application-received email says, queued in the outbox with the
/// registration (by <c>OutboxInterceptor</c>, for a registration that owes one). It holds the manage token, which exists nowhere else in plain text: the outbox forgets the
/// payload once the email is sent (or given up).
/// </summary>
/// <param name="Language">The language the registrant chose (their consent's): it comes first in the email.</param>
public sealed record RegistrationEmail(
    Guid RegistrationId, string To, string Name, string Language, RegistrationKind Kind, RegistrationStatus Status,
    int? WaitlistPosition, LocalizedText EventTitle, string ManageToken)
{
    public const string Type = OutboxMessage.EmailTypePrefix + "registration";

    public static OutboxMessage Message(Registration registration, RegistrationConfirmation confirmation, DateTimeOffset now)
    {
        var email = new RegistrationEmail(registration.Id, registration.Registrant.Email, registration.Registrant.Name,
            registration.Consent.Language, registration.Kind, registration.Status, registration.WaitlistPosition,
            confirmation.EventTitle, confirmation.ManageToken);
        return OutboxMessage.Create(Guid.CreateVersion7(), Type, System.Text.Json.JsonSerializer.Serialize(email, OutboxJson.Options), now);
    }
}
