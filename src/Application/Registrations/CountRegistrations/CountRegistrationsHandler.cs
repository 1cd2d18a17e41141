using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.CountRegistrations;

public sealed class CountRegistrationsHandler(IAppDbContext db) : IQueryHandler<CountRegistrationsQuery, Result<RegistrationCounts>>
{
    public async ValueTask<Result<RegistrationCounts>> Handle(CountRegistrationsQuery query, CancellationToken cancellationToken)
    {
        var evt = await db.Events.AsNoTracking().Where(e => e.Id == query.EventId).Select(e => new { e.Registration }).FirstOrDefaultAsync(cancellationToken);
        if (evt is null) return EventErrors.NotFound;
        // Per kind and status, so that the booth rule is applied here as the approvals apply it.
        var counts = await db.Registrations.Where(r => r.EventId == query.EventId).GroupBy(r => new { r.Kind, r.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        int Of(RegistrationStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return new RegistrationCounts(evt.Registration.Capacity, Of(RegistrationStatus.Confirmed), Of(RegistrationStatus.Waitlisted),
            Of(RegistrationStatus.Pending), Of(RegistrationStatus.Rejected), Of(RegistrationStatus.Cancelled), Of(RegistrationStatus.Attended),
            evt.Registration.ExhibitorBooths, counts.Where(c => Registration.HoldsBoothAs(c.Kind, c.Status)).Sum(c => c.Count));
    }
}
