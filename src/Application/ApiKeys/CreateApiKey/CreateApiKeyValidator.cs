using FluentValidation;

namespace Scc.Application.ApiKeys.CreateApiKey;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Scopes).NotNull().WithMessage("Required.").Must(s => s is null || s.Count is > 0 and <= 10)
            .WithMessage("Between 1 and 10 scopes.");
        RuleForEach(c => c.Scopes).NotEmpty().MaximumLength(50);
        RuleFor(c => c.EventId).NotEqual(Guid.Empty);
    }
}
