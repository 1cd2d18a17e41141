using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.ListRegistrations;

/// <summary>An event's registrations for the staff, oldest first, filtered by status, kind and words in name, email or company.</summary>
public sealed record ListRegistrationsQuery(Guid EventId, string? Status, string? Kind, string? Q, string? Cursor, int? Limit)
    : IQuery<Result<Page<RegistrationResponse>>>
{
    public const string Sort = "created";
}
