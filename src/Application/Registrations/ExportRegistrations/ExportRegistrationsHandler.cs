using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Registrations.ExportRegistrations;

public sealed class ExportRegistrationsHandler(IAppDbContext db) : IQueryHandler<ExportRegistrationsQuery, Result<IReadOnlyList<RegistrationResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<RegistrationResponse>>> Handle(ExportRegistrationsQuery query, CancellationToken cancellationToken)
    {
        if (query.RestrictToEventId is { } only && only != query.EventId) return EventErrors.NotFound;
        if (!await db.Events.AnyAsync(e => e.Id == query.EventId, cancellationToken)) return EventErrors.NotFound;
        var rows = await db.Registrations.AsNoTracking().Where(r => r.EventId == query.EventId).OrderBy(r => r.Id)
            .Select(RegistrationResponse.Projection).ToListAsync(cancellationToken);
        return rows;
    }
}
