using Mediator;
using Scc.Application.Events.GetEvent;
using Scc.Domain.Common;

namespace Scc.Application.Events.ScheduleEventPublication;

/// <summary>Plans when an event is published and taken back to draft, by the publication schedule.</summary>
public sealed record ScheduleEventPublicationCommand(Guid Id, DateTimeOffset? PublishAt, DateTimeOffset? UnpublishAt, uint? ExpectedVersion)
    : ICommand<Result<EventResponse>>;
