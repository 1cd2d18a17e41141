using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Events;

namespace Scc.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IAppDbContext
{
    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventSeries> EventSeries => Set<EventSeries>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
