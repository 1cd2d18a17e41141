namespace Scc.Infrastructure.Outbox;

/// <summary>The <c>Outbox</c> configuration section: how the dispatcher sends webhooks and emails.</summary>
public sealed class OutboxSettings
{
    public const string Section = "Outbox";

    /// <summary>Run the background dispatcher in this process. Tests turn it off and dispatch by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the dispatcher sleeps when nothing was due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many deliveries, emails and events one round claims at most.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>The median first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>No wait between two attempts is longer than this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A webhook delivery or an email still failing this long after it was queued is given up (dead-lettered).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(1);
}
