namespace Scc.Application.Webhooks;

/// <summary>One HTTP attempt.</summary>
/// <param name="StatusCode">The receiver's status; null when no answer came.</param>
/// <param name="Error">Why it failed: a status, a timeout, a refused address, a connection error.</param>
public sealed record WebhookAttemptResponse(int Number, DateTimeOffset AttemptedAt, int DurationMs, int? StatusCode, string? Error);
