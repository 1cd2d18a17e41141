namespace Scc.Domain.Webhooks;

/// <summary>One HTTP attempt of a delivery: what the receiver answered, or why there was no answer.</summary>
public sealed class WebhookAttempt
{
    private WebhookAttempt() { }

    public Guid Id { get; private set; }

    public Guid DeliveryId { get; private set; }

    /// <summary>1 for the first attempt of the delivery, and so on (redeliveries carry on counting).</summary>
    public int Number { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public int DurationMs { get; private set; }

    /// <summary>The receiver's status code; null when no answer came (refused address, timeout, connection error).</summary>
    public int? StatusCode { get; private set; }

    /// <summary>Why the attempt failed, without the receiver's body.</summary>
    public string? Error { get; private set; }

    public bool Succeeded => StatusCode is >= 200 and < 300;

    internal static WebhookAttempt Create(Guid deliveryId, int number, DateTimeOffset at, TimeSpan duration, int? statusCode, string? error) => new()
    {
        Id = Guid.CreateVersion7(),
        DeliveryId = deliveryId,
        Number = number,
        AttemptedAt = at,
        DurationMs = (int)Math.Min(int.MaxValue, Math.Round(duration.TotalMilliseconds)),
        StatusCode = statusCode,
        Error = error is { Length: > 500 } ? error[..500] : error,
    };
}
