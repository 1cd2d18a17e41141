using Scc.Domain.Registrations;

namespace Scc.Application.Common.Outbox;

/// <summary>
/// A registration as webhooks carry it: its state, not the person. A receiver that needs the registrant's
/// details reads them through the API with its own credentials.
/// </summary>
public sealed record RegistrationWebhookData(
    Guid Id, Guid EventId, RegistrationKind Kind, RegistrationStatus Status, int? WaitlistPosition,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static RegistrationWebhookData From(Registration r) =>
        new(r.Id, r.EventId, r.Kind, r.Status, r.WaitlistPosition, r.CreatedAt, r.UpdatedAt);
}
