using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.ChangeRegistrationStatus;

/// <summary>A staff decision on one registration of an event.</summary>
/// <param name="Note">The staff's words, e-mailed with the decision in both languages (a rejection's reason, say); check-ins take none.</param>
public sealed record ChangeRegistrationStatusCommand(Guid EventId, Guid Id, RegistrationTransition Transition, uint? ExpectedVersion, LocalizedText? Note = null)
    : ICommand<Result<RegistrationResponse>>, ITransactionalCommand;

/// <summary>Optional words for the registrant, e-mailed with the decision: a rejection may say why.</summary>
public sealed record RegistrationDecisionBody(LocalizedText? Note = null);
