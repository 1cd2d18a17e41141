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
        var counts = await db.Registrations.Where(r => r.EventId == query.EventId).GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        int Of(RegistrationStatus status) => counts.GetValueOrDefault(status);
        return new RegistrationCounts(evt.Registration.Capacity, Of(RegistrationStatus.Confirmed), Of(RegistrationStatus.Waitlisted),
            Of(RegistrationStatus.Pending), Of(RegistrationStatus.Rejected), Of(RegistrationStatus.Cancelled), Of(RegistrationStatus.Attended));
    }
}
