using System.Diagnostics.Metrics;

namespace Scc.Infrastructure.Outbox;

/// <summary>
/// The outbox's instruments, on the API's own meter (exported by OpenTelemetry when an OTLP endpoint is set):
/// how long changes wait before they go out, and how often webhook receivers fail.
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "Scc.Platform";

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Lag = meter.CreateHistogram<double>("scc.outbox.lag", "s",
            "Time from a change to its webhook delivery or email being sent (tag stage: webhook or email).");
        WebhookFailures = meter.CreateCounter<long>("scc.webhooks.failures", description:
            "Webhook attempts that failed: no answer, or an answer other than 2xx.");
        WebhooksDeadLettered = meter.CreateCounter<long>("scc.webhooks.dead_lettered", description:
            "Webhook deliveries given up after the retry period.");
    }

    public Histogram<double> Lag { get; }

    public Counter<long> WebhookFailures { get; }

    public Counter<long> WebhooksDeadLettered { get; }
}
