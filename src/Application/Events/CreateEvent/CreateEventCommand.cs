using Mediator;
using Scc.Application.Events.GetEvent;
using Scc.Domain.Common;

namespace Scc.Application.Events.CreateEvent;

/// <summary>Creates a draft event.</summary>
public sealed record CreateEventCommand : EventBody, ICommand<Result<EventResponse>>;
