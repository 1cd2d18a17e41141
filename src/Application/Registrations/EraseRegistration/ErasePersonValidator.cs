using FluentValidation;

namespace Scc.Application.Registrations.EraseRegistration;

public sealed class ErasePersonValidator : AbstractValidator<ErasePersonCommand>
{
    public ErasePersonValidator() => RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress();
}
