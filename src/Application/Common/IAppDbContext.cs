using Microsoft.EntityFrameworkCore;
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

namespace Scc.Application.Common;

/// <summary>
/// The database as handlers see it: the aggregates' sets and one way to save. What needs the database's own powers
/// (row locks, set-based updates, transactions) is behind narrower ports implemented in Infrastructure.
/// </summary>
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

    DbSet<Registration> Registrations { get; }

    DbSet<Digest> Digests { get; }

    DbSet<Common.Idempotency.IdempotencyRecord> IdempotencyKeys { get; }

    DbSet<Outbox.OutboxMessage> OutboxMessages { get; }

    DbSet<WebhookSubscription> WebhookSubscriptions { get; }

    DbSet<WebhookDelivery> WebhookDeliveries { get; }
    DbSet<ApiKey> ApiKeys { get; }

    DbSet<PreviewLink> PreviewLinks { get; }

    DbSet<Auditing.AuditEntry> AuditEntries { get; }

    /// <summary>Forgets every entity loaded or added and not saved (between the items of a batch that must not see each other's leftovers).</summary>
    void ForgetLoadedEntities();

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
