namespace Scc.Application.Common.Outbox;

/// <summary>The body of every webhook request.</summary>
/// <param name="Id">The event's id: the same in every delivery of this event, to any subscription.</param>
/// <param name="Type">registration.created, event.published...</param>
/// <param name="OccurredAt">When the change was written.</param>
/// <param name="Data">The resource after the change (no personal data: see the README).</param>
public sealed record WebhookEnvelope<T>(Guid Id, string Type, DateTimeOffset OccurredAt, T Data);
