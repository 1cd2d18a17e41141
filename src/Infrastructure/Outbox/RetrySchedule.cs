using Polly.Contrib.WaitAndRetry;

namespace Scc.Infrastructure.Outbox;

/// <summary>
/// The wait before the next attempt: Polly's exponential backoff with decorrelated jitter (the same algorithm
/// as Polly's retry strategy with <c>UseJitter</c>), capped. The schedule lives in the database as
/// <c>next_attempt_at</c>, so it survives restarts and is shared by every API instance.
/// </summary>
public static class RetrySchedule
{
    public static TimeSpan DelayAfter(int failedAttempts, OutboxSettings settings)
    {
        if (settings.RetryBaseDelay <= TimeSpan.Zero || failedAttempts < 1) return TimeSpan.Zero;
        // The n-th value of a fresh sequence is a sample of the n-th delay; past 16 attempts the cap rules anyway.
        var delay = Backoff.DecorrelatedJitterBackoffV2(settings.RetryBaseDelay, Math.Min(failedAttempts, 16)).Last();
        return delay > settings.MaxRetryDelay ? settings.MaxRetryDelay : delay;
    }
}
