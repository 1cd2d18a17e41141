using Scc.Domain.Common;

namespace Scc.Domain.Webhooks;

public static class WebhookErrors
{
    public static Error NotFound { get; } = Error.NotFound("The webhook subscription");

    public static Error DeliveryNotFound { get; } = Error.NotFound("The delivery");

    public static Error EventNotFound { get; } = Error.NotFound("The webhook event");

    public static Error NotDeadLettered(WebhookDeliveryStatus status) => Error.Conflict("delivery_not_dead_lettered",
        $"Only a dead-lettered delivery can be redelivered; this one is {status}. To send a past event again, use the event's redeliver.");

    /// <summary>The URL is refused because of where it points (SSRF protection).</summary>
    public static Error UrlForbidden(string reason) => new("webhook_url_forbidden", reason, ErrorKind.Unprocessable, "url");
}
