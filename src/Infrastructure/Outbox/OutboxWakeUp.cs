namespace Scc.Infrastructure.Outbox;

/// <summary>
/// Ends the dispatcher's sleep early: set when outbox rows were written (<see cref="OutboxListener"/>). A wake-up that
/// comes while a round is running is kept, so the next wait returns at once and nothing written meanwhile waits a poll.
/// </summary>
public sealed class OutboxWakeUp
{
    private TaskCompletionSource woken = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Wake() => Volatile.Read(ref woken).TrySetResult();

    /// <summary>Waits until woken or until <paramref name="timeout"/> has passed, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        var current = Volatile.Read(ref woken);
        try
        {
            await current.Task.WaitAsync(timeout, clock, ct);
        }
        catch (TimeoutException)
        {
            // The poll: look anyway (retries that came due, a notice that was missed).
        }
        Interlocked.CompareExchange(ref woken, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
    }
}
