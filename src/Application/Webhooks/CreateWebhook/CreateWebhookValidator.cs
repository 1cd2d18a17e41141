using FluentValidation;

namespace Scc.Application.Webhooks.CreateWebhook;

public sealed class CreateWebhookValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookValidator()
    {
        WebhookBodyRules.Url(RuleFor(c => c.Url));
        WebhookBodyRules.EventTypes(RuleFor(c => c.EventTypes));
        WebhookBodyRules.Description(RuleFor(c => c.Description));
        RuleFor(c => c.Secret!).Must(WebhookSecrets.IsStandard).When(c => c.Secret is not null)
            .WithMessage($"{WebhookSecrets.Prefix} followed by the base64 of a {WebhookSecrets.MinKeyBytes}- to {WebhookSecrets.MaxKeyBytes}-byte key " +
                         "(the Standard Webhooks form); or leave it out to have one generated.");
    }
}
