using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.ExportRegistrations;

/// <summary>Every registration of an event, oldest first, with the event's questions, for an export file.</summary>
/// <param name="RestrictToEventId">Set for an API key restricted to one event: any other event is not found.</param>
public sealed record ExportRegistrationsQuery(Guid EventId, Guid? RestrictToEventId) : IQuery<Result<RegistrationExport>>;
