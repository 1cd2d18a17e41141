using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Feeds;

/// <summary>Seats taken per event for a page of feed items, in one query counting per kind and status (the seat rule is the domain's).</summary>
internal static class FeedSeats
{
    public static async Task<IReadOnlyDictionary<Guid, int>> TakenAsync(IAppDbContext db, IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        var counts = await db.Registrations.AsNoTracking()
            .Where(r => eventIds.Contains(r.EventId))
            .GroupBy(r => new { r.EventId, r.Kind, r.Status })
            .Select(g => new { g.Key.EventId, g.Key.Kind, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.Where(c => Registration.HoldsSeatAs(c.Kind, c.Status))
            .GroupBy(c => c.EventId)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
    }
}
