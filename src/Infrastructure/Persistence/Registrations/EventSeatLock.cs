using Microsoft.EntityFrameworkCore;
using Scc.Application.Registrations;
using Scc.Domain.Events;

namespace Scc.Infrastructure.Persistence.Registrations;

/// <summary>The event's row, locked with <c>FOR UPDATE</c> until the transaction ends (xmin, a system column, is its version).</summary>
internal sealed class EventSeatLock(AppDbContext db) : IEventSeatLock
{
    public Task<Event?> LockAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.Events.FromSql($"SELECT *, xmin FROM events WHERE id = {eventId} FOR UPDATE").AsNoTracking().FirstOrDefaultAsync(cancellationToken);
}
