using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Webhooks.DeleteWebhook;

/// <summary>Removes a subscription with its deliveries and their attempts.</summary>
public sealed record DeleteWebhookCommand(Guid Id) : ICommand<Result>;
