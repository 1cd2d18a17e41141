using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Registrations.ChangeRegistrationStatus;

public sealed class ChangeRegistrationStatusValidator : AbstractValidator<ChangeRegistrationStatusCommand>
{
    public ChangeRegistrationStatusValidator()
    {
        RuleFor(c => c.Transition).IsInEnum();
        RuleFor(c => c.Note).OptionalText(1_000);
        RuleFor(c => c.Note).Null().When(c => c.Transition == RegistrationTransition.CheckIn)
            .WithMessage("A check-in carries no note: nobody is e-mailed.");
    }
}
