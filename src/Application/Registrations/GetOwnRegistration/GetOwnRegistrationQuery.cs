using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.GetOwnRegistration;

/// <summary>A registrant's own registration, found by its manage token.</summary>
public sealed record GetOwnRegistrationQuery(string Token) : IQuery<Result<OwnRegistrationResponse>>;
