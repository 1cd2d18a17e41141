using Scc.Infrastructure.Outbox;

namespace Scc.Api.Tests.Reliability;

/// <summary>The outbox's wait before the next attempt: exponential, jittered around its median, capped.</summary>
public sealed class RetryScheduleTests
{
    private static readonly OutboxSettings Settings = new() { RetryBaseDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromHours(1) };

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(6, 960)]
    public void DelayAfter_TheNthFailure_IsTheBaseDoubledNMinusOneTimes_JitteredBetweenHalfAndOneAndAHalfTimes(int failures, int medianSeconds)
    {
        var delays = Enumerable.Range(0, 2000).Select(_ => RetrySchedule.DelayAfter(failures, Settings).TotalSeconds).Order().ToList();

        Assert.InRange(delays[0], medianSeconds * 0.5, medianSeconds * 1.5);
        Assert.InRange(delays[^1], medianSeconds * 0.5, medianSeconds * 1.5);
        Assert.InRange(delays[delays.Count / 2], medianSeconds * 0.9, medianSeconds * 1.1);
        // Spread out, so that receivers that failed together are not all retried at the same moment.
        Assert.True(delays[^1] - delays[0] > medianSeconds * 0.8, $"delays from {delays[0]} s to {delays[^1]} s");
    }

    [Theory]
    [InlineData(8)]
    [InlineData(40)]
    [InlineData(int.MaxValue)]
    public void DelayAfter_ManyFailures_NeverWaitsLongerThanTheCap(int failures)
    {
        Assert.All(Enumerable.Range(0, 200), _ => Assert.InRange(RetrySchedule.DelayAfter(failures, Settings), TimeSpan.FromMinutes(30), Settings.MaxRetryDelay));
    }

    [Fact]
    public void DelayAfter_WithoutABaseDelayOrBeforeAnyFailure_IsZero()
    {
        Assert.Equal(TimeSpan.Zero, RetrySchedule.DelayAfter(3, new OutboxSettings { RetryBaseDelay = TimeSpan.Zero }));
        Assert.Equal(TimeSpan.Zero, RetrySchedule.DelayAfter(0, Settings));
    }
}
