using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Feeds;

/// <summary>Seats taken per event for a page of feed items, in one query.</summary>
internal static class FeedSeats
{
    public static async Task<IReadOnlyDictionary<Guid, int>> TakenAsync(IAppDbContext db, IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken) =>
        await db.Registrations.AsNoTracking()
            .Where(r => eventIds.Contains(r.EventId) && r.Kind == RegistrationKind.Attendee &&
                        (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Attended))
            .GroupBy(r => r.EventId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
