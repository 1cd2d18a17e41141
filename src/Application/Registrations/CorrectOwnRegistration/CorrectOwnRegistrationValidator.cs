using FluentValidation;
using Scc.Application.Registrations.RegisterForEvent;

namespace Scc.Application.Registrations.CorrectOwnRegistration;

/// <summary>The same rules as a submission's (<see cref="RegistrantRules"/>, <see cref="AnswerValidator"/>).</summary>
public sealed class CorrectOwnRegistrationValidator : AbstractValidator<CorrectOwnRegistrationCommand>
{
    public CorrectOwnRegistrationValidator()
    {
        RuleFor(c => c.Body).NotNull();
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.Name).RegistrantName().OverridePropertyName("name");
            RuleFor(c => c.Body.Phone).RegistrantPhone().OverridePropertyName("phone");
            RuleFor(c => c.Body.Company).RegistrantCompany().OverridePropertyName("company");
            RuleFor(c => c.Body.Answers).Must(a => a is null || a.Count <= AnswerValidator.MaxAnswers)
                .WithMessage($"At most {AnswerValidator.MaxAnswers} answers.").OverridePropertyName("answers");
            RuleForEach(c => c.Body.Answers).NotNull().SetValidator(new AnswerValidator()).OverridePropertyName("answers");
        });
    }
}
