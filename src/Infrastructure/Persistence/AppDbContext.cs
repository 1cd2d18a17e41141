using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Common.Idempotency;
using Scc.Application.Common.Outbox;
using Scc.Domain.ApiKeys;
using Scc.Domain.Delegations;
using Scc.Domain.Digests;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;
using Scc.Domain.People;
using Scc.Domain.Previews;
using Scc.Domain.Programmes;
using Scc.Domain.Registrations;
using Scc.Domain.Webhooks;
using Scc.Infrastructure.Email;

namespace Scc.Infrastructure.Persistence;

public sealed class AppDbContext : DbContext, IAppDbContext, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options)
    {
        // No savepoint around each save in an explicit transaction: a failed save always ends its transaction here
        // (rolled back, or replayed whole by the execution strategy), and a savepoint costs two more round trips
        // while a submission holds its event's lock. Set before the pool snapshots the context, so it stays set.
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>
    /// Who writes in this scope, for <see cref="Interceptors.AuditInterceptor"/>. Contexts are pooled, so this is set
    /// each time a scope rents one (see DependencyInjection); none outside a request or job (tools, migrations).
    /// </summary>
    public AuditActor? AuditActor { get; set; }

    /// <summary>
    /// Whether this scope's reads may come from the replica, for <see cref="Interceptors.ReplicaReadsInterceptor"/>. Set, like
    /// <see cref="AuditActor"/>, each time a scope rents the context; none (the primary) outside a request.
    /// </summary>
    public ReadSource? ReadSource { get; set; }

    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventSeries> EventSeries => Set<EventSeries>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<Mou> Mous => Set<Mou>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<FundingProgramme> FundingProgrammes => Set<FundingProgramme>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<Digest> Digests => Set<Digest>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PreviewLink> PreviewLinks => Set<PreviewLink>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Reminders queued, one per registration and offset (Infrastructure only: the dispatcher's bookkeeping).</summary>
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();

    /// <summary>Uploaded images' renditions (Infrastructure only: the PostgreSQL image store's bytes).</summary>
    public DbSet<Images.StoredImageRendition> ImageRenditions => Set<Images.StoredImageRendition>();

    /// <summary>ASP.NET Core Data Protection's key ring, shared by every instance (see DataProtectionSetup).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public void ForgetLoadedEntities() => ChangeTracker.Clear();

    // The save interceptors read the change tracker seven times, and each read would scan every tracked entity for
    // changes again. They change entities only through the change tracker (entry values, Add), so one scan before
    // them serves them all and the save.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detecting = ScanOnceForTheSave();
        try { return base.SaveChanges(acceptAllChangesOnSuccess); }
        finally { ChangeTracker.AutoDetectChangesEnabled = detecting; }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detecting = ScanOnceForTheSave();
        try { return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken); }
        finally { ChangeTracker.AutoDetectChangesEnabled = detecting; }
    }

    /// <summary>Scans for changes (unless the caller turned detection off) and pauses detection; returns whether it was on.</summary>
    private bool ScanOnceForTheSave()
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        if (detecting) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return detecting;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Trigram indexes make substring search (which Chinese needs: it has no spaces) use an index.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
