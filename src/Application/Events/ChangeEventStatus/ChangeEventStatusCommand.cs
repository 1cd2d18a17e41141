using Mediator;
using Scc.Application.Events.GetEvent;
using Scc.Domain.Common;

namespace Scc.Application.Events.ChangeEventStatus;

/// <summary>Publishes, postpones or cancels an event, as far as its current status allows.</summary>
public sealed record ChangeEventStatusCommand(Guid Id, EventTransition Transition, LocalizedText? Note, uint? ExpectedVersion)
    : ICommand<Result<EventResponse>>;
