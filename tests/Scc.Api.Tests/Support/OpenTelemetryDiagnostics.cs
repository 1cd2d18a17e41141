using System.Diagnostics.Tracing;

namespace Scc.Api.Tests.Support;

/// <summary>OpenTelemetry's own warnings and errors (its EventSources), for a failure message that says why nothing was exported.</summary>
public sealed class OpenTelemetryDiagnostics : EventListener
{
    private readonly LockedCollection<string> messages = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name.StartsWith("OpenTelemetry", StringComparison.Ordinal)) EnableEvents(eventSource, EventLevel.Warning);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        var text = eventData.Message is { } format && eventData.Payload is { } payload
            ? SafeFormat(format, [.. payload])
            : string.Join(", ", eventData.Payload ?? []);
        // Every meter the process has and the provider does not listen to is named once: not a fault.
        if (!text.Contains("Meter not subscribed by this provider", StringComparison.Ordinal))
            messages.Add($"{eventData.EventSource.Name} {eventData.Level}: {text}");
    }

    private static string SafeFormat(string format, object?[] payload)
    {
        try { return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, payload); }
        catch (FormatException) { return format + " " + string.Join(", ", payload); }
    }

    public override string ToString() => string.Join('\n', messages.Snapshot().Distinct().Take(30));
}
