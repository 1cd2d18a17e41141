using FluentValidation;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.CheckIn;

public sealed class CheckInByCodeValidator : AbstractValidator<CheckInByCodeCommand>
{
    public CheckInByCodeValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(CheckInCodes.MaxLength);
    }
}
