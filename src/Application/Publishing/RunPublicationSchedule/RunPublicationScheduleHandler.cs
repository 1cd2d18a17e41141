using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Delegations.ChangeDelegationStatus;
using Scc.Application.Digests.PublishDigest;
using Scc.Application.Events.ChangeEventStatus;
using Scc.Application.Mous.PublishMou;
using Scc.Domain.Common;

namespace Scc.Application.Publishing.RunPublicationSchedule;

public sealed partial class RunPublicationScheduleHandler(
    IScheduledChanges schedule, ITransactionRunner transactions, ISender sender, IAppDbContext db, AuditActor actor, TimeProvider clock,
    ILogger<RunPublicationScheduleHandler> logger)
    : ICommandHandler<RunPublicationScheduleCommand, Result<int>>
{
    /// <summary>The actor id of the publication schedule in the audit log.</summary>
    public const string Job = "publication-schedule";

    public async ValueTask<Result<int>> Handle(RunPublicationScheduleCommand command, CancellationToken cancellationToken)
    {
        // The schedule is the system's own work, whoever planned it: its publications are audited as such.
        actor.SetSystem(Job);
        var now = clock.GetUtcNow();
        var carriedOut = 0;
        for (var i = 0; i < RunPublicationScheduleCommand.BatchSize; i++)
        {
            // Committed whatever the outcome: a change that could not be carried out has had its plan dropped instead.
            var outcome = await transactions.RunAsync(ct => CarryOutNextAsync(now, ct), _ => true, cancellationToken);
            db.ForgetLoadedEntities();
            if (outcome is null) break;
            if (outcome.Value) carriedOut++;
        }
        return carriedOut;
    }

    /// <summary>True when the next due change was carried out, false when its plan was dropped, null when nothing is due.</summary>
    private async Task<bool?> CarryOutNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var change = await schedule.ClaimNextAsync(now, cancellationToken);
        if (change is null) return null;
        Result result = change.Kind switch
        {
            ScheduledChangeKind.PublishEvent => await sender.Send(new ChangeEventStatusCommand(change.Id, EventTransition.Publish, null, null), cancellationToken),
            ScheduledChangeKind.UnpublishEvent => await sender.Send(new ChangeEventStatusCommand(change.Id, EventTransition.Unpublish, null, null), cancellationToken),
            ScheduledChangeKind.PublishDelegation => await sender.Send(new ChangeDelegationStatusCommand(change.Id, DelegationTransition.Publish, null, null), cancellationToken),
            ScheduledChangeKind.PublishMou => await sender.Send(new PublishMouCommand(change.Id, null), cancellationToken),
            ScheduledChangeKind.PublishDigest => await sender.Send(new PublishDigestCommand(change.Id, null), cancellationToken),
            _ => throw new InvalidOperationException($"Unknown scheduled change {change.Kind}."),
        };
        if (result.IsSuccess) return true;
        // Refused as a person's request would be (an event that has taken registrations meanwhile cannot be unpublished):
        // the plan is dropped, so that it is not tried again at every run, and staff see it gone.
        await DropPlanAsync(change, cancellationToken);
        LogDropped(change.Kind, change.Id, result.Error!.Code);
        return false;
    }

    private async Task DropPlanAsync(ScheduledChange change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        switch (change.Kind)
        {
            case ScheduledChangeKind.PublishEvent:
                (await db.Events.FirstAsync(e => e.Id == change.Id, cancellationToken)).SchedulePublication(null, null, now);
                break;
            case ScheduledChangeKind.UnpublishEvent:
                (await db.Events.FirstAsync(e => e.Id == change.Id, cancellationToken)).ForgetUnpublishAt();
                break;
            case ScheduledChangeKind.PublishDelegation:
                (await db.Delegations.FirstAsync(d => d.Id == change.Id, cancellationToken)).SchedulePublication(null, now);
                break;
            case ScheduledChangeKind.PublishMou:
                (await db.Mous.FirstAsync(m => m.Id == change.Id, cancellationToken)).SchedulePublication(null, now);
                break;
            case ScheduledChangeKind.PublishDigest:
                (await db.Digests.FirstAsync(d => d.Id == change.Id, cancellationToken)).SchedulePublication(null, now);
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publication schedule: {Kind} of {Id} was refused ({Code}); its plan is dropped")]
    private partial void LogDropped(ScheduledChangeKind kind, Guid id, string code);
}
