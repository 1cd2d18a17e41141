using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.RotateWebhookSecret;

/// <summary>
/// Gives a subscription a new generated secret. Deliveries carry a signature with each secret during the overlap
/// (<c>Webhooks:SecretRotationOverlap</c>), so the receiver keeps working while it switches to the new one.
/// </summary>
public sealed record RotateWebhookSecretCommand(Guid Id) : ICommand<Result<WebhookSecretRotation>>;
