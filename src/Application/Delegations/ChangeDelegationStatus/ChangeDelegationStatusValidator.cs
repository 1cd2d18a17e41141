using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Delegations.ChangeDelegationStatus;

public sealed class ChangeDelegationStatusValidator : AbstractValidator<ChangeDelegationStatusCommand>
{
    public ChangeDelegationStatusValidator()
    {
        RuleFor(c => c.Transition).IsInEnum();
        RuleFor(c => c.Note).OptionalText(1_000);
    }
}
