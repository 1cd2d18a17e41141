using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Common.Outbox;

/// <summary>An event as webhooks carry it: enough to recognise it and to decide whether to read it again.</summary>
/// <param name="StatusNote">Why it was postponed or cancelled, when the staff said.</param>
/// <param name="WindowStart">Start of the span the event may occupy (UTC); null until a date is announced.</param>
public sealed record EventWebhookData(
    Guid Id, string Slug, EventStatus Status, EventType Type, LocalizedText Title, LocalizedText? StatusNote,
    string TimeZone, DateTimeOffset? WindowStart, DateTimeOffset? WindowEnd, DateTimeOffset UpdatedAt)
{
    public static EventWebhookData From(Event e) =>
        new(e.Id, e.Slug, e.Status, e.Type, e.Title, e.StatusNote, e.TimeZone, e.WindowStart, e.WindowEnd, e.UpdatedAt);
}
