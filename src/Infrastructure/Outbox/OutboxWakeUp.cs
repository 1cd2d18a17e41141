namespace Scc.Infrastructure.Outbox;

/// <summary>
/// Ends the dispatcher's sleep early: set when outbox rows were written (<see cref="OutboxListener"/>). A wake-up that
/// comes while a round is running is kept, so the next wait returns at once and nothing written meanwhile waits a poll.
/// </summary>
public sealed class OutboxWakeUp
{
    private TaskCompletionSource woken = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Wake() => Volatile.Read(ref woken).TrySetResult();

    /// <summary>
    /// Waits until woken or until <paramref name="timeout"/> has passed, whichever comes first: the timeout is the poll,
    /// which looks anyway (retries that came due, a notice that was missed). It ends without an exception, so an idle
    /// dispatcher does not add to the runtime's exception count every poll.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        var current = Volatile.Read(ref woken);
        using (var poll = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            var delay = Task.Delay(timeout, clock, poll.Token);
            await Task.WhenAny(current.Task, delay);
            // Woken first: the poll's timer is not left to run out.
            await poll.CancelAsync();
        }
        ct.ThrowIfCancellationRequested();
        Interlocked.CompareExchange(ref woken, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
    }
}
