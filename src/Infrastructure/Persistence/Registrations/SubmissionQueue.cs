using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scc.Application.Common;
using Scc.Application.Common.Auditing;
using Scc.Application.Registrations;
using Scc.Application.Registrations.RegisterForEvent;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Infrastructure.Persistence.Registrations;

/// <summary>
/// Takes the submissions waiting for the same event together: one transaction, one lock on the event, one count and
/// one save for a batch, decided one by one in the order they arrived (ADR 17). A submission that arrives while nothing
/// runs for its event starts at once, in a batch of one. Every batch still takes the event's row lock, so API instances
/// running side by side stay correct.
/// </summary>
/// <remarks>
/// Only the public's submissions share a batch; staff and API keys go alone, each in a scope with its own audit actor.
/// When a batch of several fails as a whole (a constraint, an outage), each of its submissions is tried again alone, so
/// one bad submission cannot fail the others. On shutdown, the batches running and waiting are finished first.
/// </remarks>
internal sealed partial class SubmissionQueue(IServiceScopeFactory scopes, ILogger<SubmissionQueue> logger) : ISubmissionQueue, IHostedService
{
    /// <summary>The most submissions in one transaction: enough for every client of a rush, few enough for one insert.</summary>
    public const int MaxBatchSize = 128;

    private readonly ConcurrentDictionary<Guid, EventQueue> _queues = new();

    public Task<Result<RegistrationResponse>> SubmitAsync(Guid eventId, RegistrationRequest request, AuditActor actor, CancellationToken cancellationToken)
    {
        var waiting = new WaitingSubmission(request, Submitter.Of(actor), cancellationToken);
        while (true)
        {
            var queue = _queues.GetOrAdd(eventId, static _ => new EventQueue());
            lock (queue)
            {
                // A queue found empty and dropped by its last runner is retired; take a fresh one.
                if (queue.Retired) continue;
                queue.Waiting.Add(waiting);
                queue.Runner ??= Task.Run(() => RunAsync(eventId, queue), CancellationToken.None);
            }
            return waiting.Outcome.Task;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the batches running (and those waiting behind them) until the host's shutdown timeout.</summary>
    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_queues.Values.Select(q => q.Runner ?? Task.CompletedTask)).WaitAsync(cancellationToken);

    private async Task RunAsync(Guid eventId, EventQueue queue)
    {
        while (true)
        {
            List<WaitingSubmission> batch;
            lock (queue)
            {
                if (queue.Waiting.Count == 0)
                {
                    queue.Retired = true;
                    _queues.TryRemove(KeyValuePair.Create(eventId, queue));
                    return;
                }
                batch = TakeBatch(queue.Waiting);
            }
            // A client that gave up before its turn is not registered behind its back.
            batch.RemoveAll(s => s.Cancellation.IsCancellationRequested && s.Outcome.TrySetCanceled(s.Cancellation));
            if (batch.Count == 0) continue;
            if (await TryDecideAsync(eventId, batch)) continue;
            foreach (var submission in batch) await TryDecideAsync(eventId, [submission]);
        }
    }

    /// <summary>The next batch: the public's submissions waiting in a row (up to the batch size), or one known actor's.</summary>
    private static List<WaitingSubmission> TakeBatch(List<WaitingSubmission> waiting)
    {
        var take = 1;
        if (waiting[0].Submitter is null)
            while (take < waiting.Count && take < MaxBatchSize && waiting[take].Submitter is null) take++;
        var batch = waiting.GetRange(0, take);
        waiting.RemoveRange(0, take);
        return batch;
    }

    /// <summary>
    /// Decides a batch in its own scope and transaction and answers each submission; false when a batch of several
    /// failed as a whole and nobody was answered. A submission alone is answered with the failure itself.
    /// </summary>
    private async Task<bool> TryDecideAsync(Guid eventId, List<WaitingSubmission> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (batch[0].Submitter is { } submitter) submitter.ActAs(scope.ServiceProvider.GetRequiredService<AuditActor>());
            var transactions = scope.ServiceProvider.GetRequiredService<ITransactionRunner>();
            var handler = scope.ServiceProvider.GetRequiredService<RegisterForEventHandler>();
            var outcomes = await transactions.RunAsync(
                ct => handler.DecideAsync(eventId, [.. batch.Select(s => s.Request)], ct), commit: _ => true, CancellationToken.None);
            for (var i = 0; i < batch.Count; i++) batch[i].Outcome.TrySetResult(outcomes[i]);
            return true;
        }
        catch (Exception exception) when (batch.Count == 1)
        {
            // Alone already: trying again would only repeat the failure; the caller answers it as it would its own.
            batch[0].Outcome.TrySetException(exception);
            return true;
        }
        catch (Exception exception)
        {
            LogBatchFailed(logger, exception, batch.Count, eventId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} submissions to event {EventId} failed; each is tried alone")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count, Guid eventId);

    /// <summary>A known actor's identity, carried to the scope that decides its submission (null: the public).</summary>
    private sealed record Submitter(string Kind, string Id, string? IpAddress, string? TraceId)
    {
        public static Submitter? Of(AuditActor actor) => actor.IsKnown ? new(actor.Kind!, actor.Id!, actor.IpAddress, actor.TraceId) : null;

        public void ActAs(AuditActor actor) => actor.Set(Kind, Id, IpAddress, TraceId);
    }

    private sealed record WaitingSubmission(RegistrationRequest Request, Submitter? Submitter, CancellationToken Cancellation)
    {
        public TaskCompletionSource<Result<RegistrationResponse>> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class EventQueue
    {
        public List<WaitingSubmission> Waiting { get; } = [];

        /// <summary>The task deciding this queue's batches, from the first submission until the queue is found empty.</summary>
        public Task? Runner { get; set; }

        public bool Retired { get; set; }
    }
}
