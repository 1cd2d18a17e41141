using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.CreateWebhook;

/// <summary>Subscribes a receiver to some kinds of change.</summary>
/// <param name="Url">Where to POST: an https URL on a public address.</param>
/// <param name="EventTypes">registration.created, registration.updated, registration.cancelled, event.published, event.updated, event.cancelled.</param>
/// <param name="Secret">The signing secret in the Standard Webhooks form, <c>whsec_</c> and the base64 of a 24- to 64-byte key; leave it out to have one generated. Shown once, in the answer.</param>
/// <param name="Active">False to create it turned off.</param>
public sealed record CreateWebhookCommand(Uri Url, IReadOnlyList<string> EventTypes, string? Secret = null, string? Description = null, bool Active = true)
    : ICommand<Result<WebhookSecretReceipt>>;
