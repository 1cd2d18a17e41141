namespace Scc.Infrastructure.Outbox;

/// <summary>
/// The wait before the next attempt: exponential backoff with jitter, capped. The n-th wait is the base delay
/// doubled n−1 times, times a random factor between 0.5 and 1.5 (so the base delay is the median first wait, and
/// receivers that failed together are not retried together). The schedule lives in the database as
/// <c>next_attempt_at</c>, so it survives restarts and is shared by every API instance; an in-process retry
/// library would hold it in memory instead.
/// </summary>
public static class RetrySchedule
{
    /// <summary>Past this many doublings the cap rules whatever the base delay.</summary>
    private const int MaxDoublings = 30;

    public static TimeSpan DelayAfter(int failedAttempts, OutboxSettings settings)
    {
        if (settings.RetryBaseDelay <= TimeSpan.Zero || failedAttempts < 1) return TimeSpan.Zero;
        var exponential = settings.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempts - 1, MaxDoublings));
        var delay = TimeSpan.FromMilliseconds(Math.Min(exponential * (0.5 + Random.Shared.NextDouble()), TimeSpan.MaxValue.TotalMilliseconds / 2));
        return delay > settings.MaxRetryDelay ? settings.MaxRetryDelay : delay;
    }
}
