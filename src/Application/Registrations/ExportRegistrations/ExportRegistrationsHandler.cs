using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Registrations.ExportRegistrations;

public sealed class ExportRegistrationsHandler(IAppDbContext db) : IQueryHandler<ExportRegistrationsQuery, Result<RegistrationExport>>
{
    public async ValueTask<Result<RegistrationExport>> Handle(ExportRegistrationsQuery query, CancellationToken cancellationToken)
    {
        if (query.RestrictToEventId is { } only && only != query.EventId) return EventErrors.NotFound;
        var evt = await db.Events.AsNoTracking().Where(e => e.Id == query.EventId).Select(e => new { e.Registration }).FirstOrDefaultAsync(cancellationToken);
        if (evt is null) return EventErrors.NotFound;
        var rows = await db.Registrations.AsNoTracking().Where(r => r.EventId == query.EventId).OrderBy(r => r.Id)
            .Select(RegistrationResponse.Projection).ToListAsync(cancellationToken);
        return new RegistrationExport(query.EventId, evt.Registration.Questions ?? [], rows);
    }
}
