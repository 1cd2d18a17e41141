using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Events.DeleteEvent;

/// <summary>Deletes a draft or cancelled event.</summary>
public sealed record DeleteEventCommand(Guid Id, uint? ExpectedVersion) : ICommand<Result>;
