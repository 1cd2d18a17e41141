using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.ListAllRegistrations;

/// <summary>Registrations across events for integrations and staff, oldest first.</summary>
/// <param name="UpdatedSince">Only registrations changed at or after this instant.</param>
/// <param name="RestrictToEventId">Set for an API key restricted to one event: other events' registrations do not exist for it.</param>
public sealed record ListAllRegistrationsQuery(
    Guid? EventId, string? Status, string? Kind, DateTimeOffset? UpdatedSince, string? Q, string? Cursor, int? Limit, Guid? RestrictToEventId)
    : IQuery<Result<Page<RegistrationResponse>>>
{
    public const string Sort = "created";
}
