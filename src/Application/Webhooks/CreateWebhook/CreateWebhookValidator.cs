using FluentValidation;

namespace Scc.Application.Webhooks.CreateWebhook;

public sealed class CreateWebhookValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookValidator()
    {
        WebhookBodyRules.Url(RuleFor(c => c.Url));
        WebhookBodyRules.EventTypes(RuleFor(c => c.EventTypes));
        WebhookBodyRules.Description(RuleFor(c => c.Description));
        RuleFor(c => c.Secret).Length(24, 200).Matches("^[\\x21-\\x7E]+$").When(c => c.Secret is not null)
            .WithMessage("24 to 200 visible ASCII characters; or leave it out to have one generated.");
    }
}
