using Microsoft.EntityFrameworkCore;
using Scc.Domain.Events;

namespace Scc.Application.Common;

/// <summary>The database as handlers see it: the aggregates' sets and one way to save.</summary>
public interface IAppDbContext
{
    DbSet<Event> Events { get; }

    DbSet<EventSeries> EventSeries { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
