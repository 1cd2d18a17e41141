namespace Scc.Application.Webhooks.PingWebhook;

/// <summary>The data of a <c>webhook.ping</c> event: which subscription was pinged.</summary>
public sealed record WebhookPing(Guid WebhookId);
