using Microsoft.EntityFrameworkCore;
using Scc.Application.Common.Auditing;

namespace Scc.Infrastructure.Persistence;

/// <summary>
/// A scope's (a request's or a job's) pooled context, set up for it. The container disposes what it hands out once per
/// registration, and the context is handed out twice, as <see cref="AppDbContext"/> and as
/// <c>IAppDbContext</c>: each disposal gave it back to the pool, so the second could give it back while another
/// scope had already rented it, and that scope's query then found it disposed. Now the context ignores those
/// disposals while a scope holds it, and this holder, disposed once with the scope, gives it back.
/// </summary>
internal sealed class ScopedAppDbContext : IAsyncDisposable, IDisposable
{
    public ScopedAppDbContext(IDbContextFactory<AppDbContext> contexts, AuditActor actor)
    {
        Context = contexts.CreateDbContext();
        Context.AuditActor = actor;
        // No savepoint around each save in an explicit transaction: a failed save always ends its transaction here
        // (rolled back, or replayed whole by the execution strategy), and the savepoint cost two more round trips
        // while a submission holds its event's lock.
        Context.Database.AutoSavepointsEnabled = false;
        Context.HeldByScope = true;
    }

    public AppDbContext Context { get; }

    public ValueTask DisposeAsync()
    {
        Context.HeldByScope = false;
        return Context.DisposeAsync();
    }

    public void Dispose()
    {
        Context.HeldByScope = false;
        Context.Dispose();
    }
}
