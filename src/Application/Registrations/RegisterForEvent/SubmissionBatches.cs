using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>
/// Takes the public submissions waiting for the same event together: one transaction, one lock on the event, one
/// count and one save for all of them, decided one by one in the order they arrived. Alone, each submission holds
/// the event's lock for a whole transaction of its own (about 6 ms, the commit alone over 1 ms) while the rest queue
/// behind it, so a rush of 1,000 took over 6 s.
/// </summary>
/// <remarks>
/// A submission that arrives while nothing is running for its event starts at once, in a batch of one. Batching only
/// saves round trips: every batch still takes the event's row lock, so API instances running side by side stay
/// correct. When a batch of several fails as a whole (a constraint, an outage), each of its submissions is answered
/// null and tried again alone, so one bad submission cannot fail the others.
/// </remarks>
public sealed partial class SubmissionBatches(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SubmissionBatches> logger)
{
    /// <summary>The most submissions in one transaction: enough for every client of a rush, few enough for one insert.</summary>
    public const int MaxBatchSize = 128;

    private readonly ConcurrentDictionary<Guid, EventQueue> queues = new();

    /// <summary>
    /// The submission's outcome, or null when its batch failed and it should be tried alone. A submission that was alone
    /// in its batch fails with the batch's exception instead.
    /// </summary>
    public Task<Result<RegistrationReceipt>?> SubmitAsync(Guid eventId, RegistrationRequest request, string manageToken, CancellationToken ct)
    {
        var submission = new WaitingSubmission(request, manageToken, ct);
        while (true)
        {
            var queue = queues.GetOrAdd(eventId, static _ => new EventQueue());
            lock (queue)
            {
                // A queue found empty and dropped by its last runner is retired; take a fresh one.
                if (queue.Retired) continue;
                queue.Waiting.Add(submission);
                if (!queue.Running)
                {
                    queue.Running = true;
                    _ = Task.Run(() => RunAsync(eventId, queue), CancellationToken.None);
                }
            }
            return submission.Outcome.Task;
        }
    }

    private async Task RunAsync(Guid eventId, EventQueue queue)
    {
        while (true)
        {
            List<WaitingSubmission> batch;
            lock (queue)
            {
                if (queue.Waiting.Count == 0)
                {
                    queue.Running = false;
                    queue.Retired = true;
                    queues.TryRemove(KeyValuePair.Create(eventId, queue));
                    return;
                }
                var take = Math.Min(queue.Waiting.Count, MaxBatchSize);
                batch = queue.Waiting.GetRange(0, take);
                queue.Waiting.RemoveRange(0, take);
            }
            // A client that gave up before its turn is not registered behind its back.
            batch.RemoveAll(s => s.Cancellation.IsCancellationRequested && s.Outcome.TrySetCanceled(s.Cancellation));
            if (batch.Count > 0) await RegisterAsync(eventId, batch);
        }
    }

    private async Task RegisterAsync(Guid eventId, List<WaitingSubmission> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var outcomes = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var decided = await DecideAsync(db, eventId, batch, clock.GetUtcNow(), ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return decided;
            }, CancellationToken.None);
            // After the save: the answer carries the row version and timestamps the database gave.
            for (var i = 0; i < batch.Count; i++)
            {
                var outcome = outcomes[i];
                batch[i].Outcome.TrySetResult(outcome.IsSuccess
                    ? new RegistrationReceipt(RegistrationResponse.From(outcome.Value), batch[i].ManageToken)
                    : outcome.Error!);
            }
        }
        catch (Exception exception) when (batch.Count == 1)
        {
            // Alone already: trying again would only repeat the failure; the caller answers it as it would its own.
            batch[0].Outcome.TrySetException(exception);
        }
        catch (Exception exception)
        {
            LogBatchFailed(logger, exception, batch.Count, eventId);
            foreach (var submission in batch) submission.Outcome.TrySetResult(null);
        }
    }

    /// <summary>
    /// Locks the event, counts once, and lets the event decide each submission, in order, with the ones before it
    /// counted in. The accepted ones (and their confirmation emails) are added to <paramref name="db"/>, to be saved in
    /// the caller's transaction. Used for a batch and for a submission alone (a batch of one).
    /// </summary>
    public static async Task<Result<Registration>[]> DecideAsync(
        IAppDbContext db, Guid eventId, IReadOnlyList<Submission> submissions, DateTimeOffset now, CancellationToken ct)
    {
        var outcomes = new Result<Registration>[submissions.Count];
        var evt = await EventRegistrations.LockEventAsync(db, eventId, ct);
        // Drafts are not there for the public.
        if (evt is null || evt.Status == EventStatus.Draft)
        {
            Array.Fill(outcomes, EventErrors.NotFound);
            return outcomes;
        }
        var emailKeys = submissions.Select(s => Registration.EmailKeyOf(s.Request.Registrant.Email)).ToList();
        var tally = await EventRegistrations.TallyAsync(db, evt.Id, emailKeys, ct);
        // Usually nobody in the batch is registered yet; which ones are is asked only when some are.
        var emailsTaken = tally.EmailTaken ? await EventRegistrations.LiveEmailsAsync(db, evt.Id, emailKeys, ct) : new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < submissions.Count; i++)
        {
            var registered = evt.Register(submissions[i].Request, tally with { EmailTaken = emailsTaken.Contains(emailKeys[i]) }, now);
            outcomes[i] = registered;
            if (!registered.IsSuccess) continue;
            db.Registrations.Add(registered.Value);
            // Queued with the registration, in its transaction: the email goes if and only if the registration is kept.
            db.OutboxMessages.Add(RegistrationEmail.Message(registered.Value, evt, submissions[i].ManageToken, now));
            tally = tally.With(registered.Value);
            emailsTaken.Add(emailKeys[i]);
        }
        return outcomes;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} submissions to event {EventId} failed; each is tried alone")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count, Guid eventId);

    /// <summary>A submission as the event sees it, with the manage token its receipt will carry.</summary>
    public record Submission(RegistrationRequest Request, string ManageToken);

    private sealed record WaitingSubmission(RegistrationRequest Request, string ManageToken, CancellationToken Cancellation)
        : Submission(Request, ManageToken)
    {
        public TaskCompletionSource<Result<RegistrationReceipt>?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class EventQueue
    {
        public List<WaitingSubmission> Waiting { get; } = [];

        public bool Running { get; set; }

        public bool Retired { get; set; }
    }
}
