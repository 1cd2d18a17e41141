namespace Scc.Application.Events.ScheduleEventPublication;

/// <summary>When a draft event is to be published on its own, and when it is to go back to draft (either null: not planned).</summary>
public sealed record EventPublicationScheduleBody(DateTimeOffset? PublishAt = null, DateTimeOffset? UnpublishAt = null);
