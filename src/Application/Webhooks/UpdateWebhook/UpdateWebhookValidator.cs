using FluentValidation;

namespace Scc.Application.Webhooks.UpdateWebhook;

public sealed class UpdateWebhookValidator : AbstractValidator<UpdateWebhookCommand>
{
    public UpdateWebhookValidator()
    {
        WebhookBodyRules.Url(RuleFor(c => c.Url));
        WebhookBodyRules.EventTypes(RuleFor(c => c.EventTypes));
        WebhookBodyRules.Description(RuleFor(c => c.Description));
    }
}
