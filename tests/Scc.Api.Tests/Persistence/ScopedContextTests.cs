using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Infrastructure;
using Scc.Infrastructure.Persistence;

namespace Scc.Api.Tests.Persistence;

/// <summary>
/// A scope hands its pooled context out twice, as <see cref="AppDbContext"/> and as <see cref="IAppDbContext"/>, and
/// the container disposes what it handed out once per registration. The context must still go back to the pool only
/// once: given back twice, a request that had rented it in between would find it disposed under its query. And each
/// rent carries its own scope's audit actor, never the one of the scope that rented the context before.
/// </summary>
public sealed class ScopedContextTests
{
    [Fact]
    public async Task AContextRentedWhileAnotherScopeEnds_StaysUsable()
    {
        await using var services = Services().AddScoped<RentsAContextWhenDisposed>().BuildServiceProvider();

        var ending = services.CreateAsyncScope();
        var asClass = ending.ServiceProvider.GetRequiredService<AppDbContext>();
        // Resolved between the two, so that the container disposes it between the context's two disposals.
        var renter = ending.ServiceProvider.GetRequiredService<RentsAContextWhenDisposed>();
        var asInterface = ending.ServiceProvider.GetRequiredService<IAppDbContext>();
        Assert.Same(asClass, asInterface);

        await ending.DisposeAsync();

        var rented = Assert.IsType<AppDbContext>(renter.Rented);
        var changeTracker = rented.ChangeTracker; // throws ObjectDisposedException when the ending scope gave it back a second time
        Assert.NotNull(changeTracker);
        await renter.DisposeRentedAsync();
    }

    [Fact]
    public async Task EachRentCarriesItsOwnScopesActor()
    {
        await using var services = Services().BuildServiceProvider();
        AppDbContext first;
        await using (var staff = services.CreateAsyncScope())
        {
            staff.ServiceProvider.GetRequiredService<AuditActor>().Set(AuditActor.User, "editor", null, null);
            first = staff.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Same(staff.ServiceProvider.GetRequiredService<AuditActor>(), first.AuditActor);
        }
        await using var job = services.CreateAsyncScope();
        var again = (AppDbContext)job.ServiceProvider.GetRequiredService<IAppDbContext>();
        Assert.Same(first, again); // the pool gave the same context back: the test would prove nothing otherwise
        Assert.Same(job.ServiceProvider.GetRequiredService<AuditActor>(), again.AuditActor);
        Assert.False(again.AuditActor!.IsKnown);
    }

    private static IServiceCollection Services() => new ServiceCollection().AddLogging().AddInfrastructure(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Scc"] = "Host=unused;Database=unused" })
        .Build());

    private sealed class RentsAContextWhenDisposed(IServiceScopeFactory scopes) : IAsyncDisposable
    {
        private AsyncServiceScope? _scope;

        public AppDbContext? Rented { get; private set; }

        public ValueTask DisposeAsync()
        {
            _scope = scopes.CreateAsyncScope();
            Rented = _scope.Value.ServiceProvider.GetRequiredService<AppDbContext>();
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeRentedAsync() => _scope?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
