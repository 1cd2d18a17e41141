using Mediator;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.CancelOwnRegistration;

/// <summary>A registrant cancels their own registration through its manage token; a repeat changes nothing.</summary>
public sealed record CancelOwnRegistrationCommand(string Token) : ICommand<Result>, ITransactionalCommand;
