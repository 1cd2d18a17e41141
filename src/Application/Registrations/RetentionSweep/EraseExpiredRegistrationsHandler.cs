using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Domain.Common;

namespace Scc.Application.Registrations.RetentionSweep;

public sealed class EraseExpiredRegistrationsHandler(IAppDbContext db, TimeProvider clock, AuditActor actor) : ICommandHandler<EraseExpiredRegistrationsCommand, Result<int>>
{
    /// <summary>The actor id of the retention sweep in the audit log.</summary>
    public const string RetentionJob = "retention";

    public async ValueTask<Result<int>> Handle(EraseExpiredRegistrationsCommand command, CancellationToken cancellationToken)
    {
        // The sweep is the system's own work, whoever starts it: its erasures are audited as such.
        actor.SetSystem(RetentionJob);
        var now = clock.GetUtcNow();
        var endedBefore = now.AddMonths(-command.Months);
        var total = 0;
        while (true)
        {
            // An event without an end (a date still to be announced) has not ended; one in the trash still counts (ADR 25).
            var batch = await db.Registrations
                .Where(r => r.ErasedAt == null && db.Events.IgnoreQueryFilters().Any(e => e.Id == r.EventId && e.WindowEnd != null && e.WindowEnd < endedBefore))
                .OrderBy(r => r.Id).Take(EraseExpiredRegistrationsCommand.BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return total;
            foreach (var registration in batch) registration.Erase(now);
            await db.SaveChangesAsync(cancellationToken);
            total += batch.Count;
        }
    }
}
