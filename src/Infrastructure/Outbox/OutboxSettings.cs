namespace Scc.Infrastructure.Outbox;

/// <summary>The <c>Outbox</c> configuration section: how the dispatcher sends webhooks and emails.</summary>
public sealed class OutboxSettings
{
    public const string Section = "Outbox";

    /// <summary>Run the background dispatcher in this process. Tests turn it off and dispatch by hand.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long the dispatcher sleeps when nothing was due, unless woken sooner: new outbox rows wake it at once
    /// (PostgreSQL NOTIFY), so the poll is the fallback for a missed notice and for retries coming due.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Wake the dispatcher when outbox rows are written (a connection of its own LISTENs); off, it only polls.</summary>
    public bool Listen { get; set; } = true;

    /// <summary>How many deliveries, emails and events one round claims at most.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How many requests one instance has in flight to one webhook receiver at most.</summary>
    public int MaxConcurrencyPerEndpoint { get; set; } = 8;

    /// <summary>How many e-mails one instance hands to the SMTP server at once at most.</summary>
    public int MaxConcurrentEmails { get; set; } = 4;

    /// <summary>The median first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>No wait between two attempts is longer than this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A webhook delivery or an email still failing this long after it was queued is given up (dead-lettered).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(1);
}
