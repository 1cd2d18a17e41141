using Microsoft.EntityFrameworkCore;
using Scc.Domain.Delegations;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;
using Scc.Domain.People;
using Scc.Domain.Programmes;

namespace Scc.Application.Common;

/// <summary>The database as handlers see it: the aggregates' sets and one way to save.</summary>
public interface IAppDbContext
{
    DbSet<Event> Events { get; }

    DbSet<EventSeries> EventSeries { get; }

    DbSet<Delegation> Delegations { get; }

    DbSet<Mou> Mous { get; }

    DbSet<Organisation> Organisations { get; }

    DbSet<Person> People { get; }

    DbSet<FundingProgramme> FundingProgrammes { get; }

    DbSet<Programme> Programmes { get; }

    DbSet<Partnership> Partnerships { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
