using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.Changes;

/// <summary>The changes after <paramref name="Cursor"/>, in commit-safe order.</summary>
/// <param name="RestrictToEventId">Set for an API key restricted to one event: other events' changes are not shown.</param>
public sealed record GetRegistrationChangesQuery(string? Cursor, int? Limit, Guid? RestrictToEventId) : IQuery<Result<RegistrationChangePage>>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}
