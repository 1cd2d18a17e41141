using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Events.ChangeEventStatus;

public sealed class ChangeEventStatusValidator : AbstractValidator<ChangeEventStatusCommand>
{
    public ChangeEventStatusValidator()
    {
        RuleFor(c => c.Transition).IsInEnum();
        RuleFor(c => c.Note).OptionalText(1_000);
    }
}
