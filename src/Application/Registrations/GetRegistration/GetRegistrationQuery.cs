using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.GetRegistration;

/// <summary>One registration by id, for integrations and staff.</summary>
/// <param name="RestrictToEventId">Set for an API key restricted to one event: another event's registration is not found.</param>
public sealed record GetRegistrationQuery(Guid Id, Guid? RestrictToEventId) : IQuery<Result<RegistrationResponse>>;
