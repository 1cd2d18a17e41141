using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.CountRegistrations;

/// <summary>How many of an event's registrations are in each status.</summary>
public sealed record CountRegistrationsQuery(Guid EventId) : IQuery<Result<RegistrationCounts>>;
