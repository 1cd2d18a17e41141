using FluentValidation;
using Scc.Domain.Common;

namespace Scc.Application.Common.Validation;

/// <summary>Each language within a maximum length.</summary>
internal sealed class LocalizedTextValidator : AbstractValidator<LocalizedText>
{
    public LocalizedTextValidator(int maxLength)
    {
        RuleFor(t => t.En).MaximumLength(maxLength);
        RuleFor(t => t.ZhHant).MaximumLength(maxLength);
    }
}
