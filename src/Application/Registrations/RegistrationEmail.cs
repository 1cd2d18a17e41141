using System.Text.Json;
using Scc.Application.Common.Outbox;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations;

/// <summary>
/// One e-mail to a registrant, queued in the outbox by the save that made the change (<c>OutboxInterceptor</c>), by the
/// fan-out of an event's change, or by the reminders. It names the registration and what to say; who the registrant
/// is, the event and the manage link are read when it is sent, so the outbox holds no personal data or token, and an
/// erased registration is sent nothing.
/// </summary>
/// <param name="Change">For <see cref="RegistrationNoticeKind.EventChanged"/>: the arrangements before and after.</param>
/// <param name="ReminderMinutesBefore">For <see cref="RegistrationNoticeKind.Reminder"/>: the reminder's offset before the start.</param>
public sealed record RegistrationEmail(Guid RegistrationId, RegistrationNotice Notice, EventChange? Change = null, int? ReminderMinutesBefore = null)
{
    public const string Type = OutboxMessage.EmailTypePrefix + "registration";

    public static OutboxMessage Message(RegistrationEmail email, DateTimeOffset now) =>
        OutboxMessage.Create(Guid.CreateVersion7(), Type, JsonSerializer.Serialize(email, OutboxJson.Options), now);
}

/// <summary>
/// An event's change that everyone registered is to hear of, queued by the save that changed the event. The dispatcher
/// fans it out into one <see cref="RegistrationEmail"/> per live registration, in one transaction, so each is written once
/// however many instances dispatch.
/// </summary>
public sealed record EventChangeNotification(Guid EventId, EventChange Change)
{
    public const string Type = "notify.event-changed";

    public static OutboxMessage Message(Guid eventId, EventChange change, DateTimeOffset now) =>
        OutboxMessage.Create(Guid.CreateVersion7(), Type, JsonSerializer.Serialize(new EventChangeNotification(eventId, change), OutboxJson.Options), now);
}

/// <summary>
/// A request to send an address the manage links of its live registrations (of one event, or all). The address is
/// personal data: the payload is forgotten once handled, whether or not anything was found to send.
/// </summary>
public sealed record ManageLinksEmail(string Email, Guid? EventId)
{
    public const string Type = OutboxMessage.EmailTypePrefix + "manage-links";

    public static OutboxMessage Message(ManageLinksEmail email, DateTimeOffset now) =>
        OutboxMessage.Create(Guid.CreateVersion7(), Type, JsonSerializer.Serialize(email, OutboxJson.Options), now);
}
