using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Time.Testing;
using Scc.Infrastructure.Outbox;

namespace Scc.Api.Tests.Reliability;

/// <summary>The outbox dispatcher's sleep: woken by a notice, or ended by the poll, without an exception for the poll.</summary>
public sealed class OutboxWakeUpTests
{
    [Fact]
    public async Task A_wake_up_ends_the_wait_before_the_poll()
    {
        var clock = new FakeTimeProvider();
        var wakeUp = new OutboxWakeUp();
        var waiting = wakeUp.WaitAsync(TimeSpan.FromSeconds(5), clock, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        wakeUp.Wake();

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        // The wake-up was used up: the next wait sleeps until it is woken again.
        Assert.False(wakeUp.WaitAsync(TimeSpan.FromSeconds(5), clock, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task A_wake_up_that_came_while_awake_ends_the_next_wait_at_once()
    {
        var wakeUp = new OutboxWakeUp();
        wakeUp.Wake();

        var waiting = wakeUp.WaitAsync(TimeSpan.FromSeconds(5), new FakeTimeProvider(), CancellationToken.None);

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_poll_ends_the_wait_without_throwing_and_cancellation_still_stops_it()
    {
        var clock = new FakeTimeProvider();
        var wakeUp = new OutboxWakeUp();
        var thrown = new List<Exception>();
        void Record(object? sender, FirstChanceExceptionEventArgs e)
        {
            // Other tests' dispatchers run in this process too: only exceptions of this wait count.
            if (e.Exception is TimeoutException && new System.Diagnostics.StackTrace().ToString().Contains(nameof(OutboxWakeUp), StringComparison.Ordinal))
                lock (thrown) thrown.Add(e.Exception);
        }
        AppDomain.CurrentDomain.FirstChanceException += Record;
        try
        {
            var waiting = wakeUp.WaitAsync(TimeSpan.FromSeconds(5), clock, CancellationToken.None);
            clock.Advance(TimeSpan.FromSeconds(4));
            Assert.False(waiting.IsCompleted);
            clock.Advance(TimeSpan.FromSeconds(1));
            await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Record;
        }
        Assert.Empty(thrown);

        using var stopping = new CancellationTokenSource();
        var stopped = wakeUp.WaitAsync(TimeSpan.FromSeconds(5), clock, stopping.Token);
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopped.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
