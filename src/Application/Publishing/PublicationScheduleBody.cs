namespace Scc.Application.Publishing;

/// <summary>When a draft is to be published on its own (null: not planned, or the plan dropped).</summary>
public sealed record PublicationScheduleBody(DateTimeOffset? PublishAt = null);
