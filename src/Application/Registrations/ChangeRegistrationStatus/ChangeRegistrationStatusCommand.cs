using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.ChangeRegistrationStatus;

/// <summary>A staff decision on one registration of an event.</summary>
public sealed record ChangeRegistrationStatusCommand(Guid EventId, Guid Id, RegistrationTransition Transition, uint? ExpectedVersion)
    : ICommand<Result<RegistrationResponse>>, ITransactionalCommand;
