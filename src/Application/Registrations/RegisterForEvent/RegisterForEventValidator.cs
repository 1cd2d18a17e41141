using FluentValidation;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.RegisterForEvent;

public sealed class RegisterForEventValidator : AbstractValidator<RegisterForEventCommand>
{
    private const int MaxAnswers = AnswerValidator.MaxAnswers;

    public RegisterForEventValidator()
    {
        RuleFor(c => c.IdempotencyKey).Length(Common.Idempotency.IdempotencyKey.MinLength, Common.Idempotency.IdempotencyKey.MaxLength)
            .Matches("^[\\x21-\\x7E]+$").When(c => c.IdempotencyKey is not null)
            .OverridePropertyName("Idempotency-Key")
            .WithMessage($"Between {Common.Idempotency.IdempotencyKey.MinLength} and {Common.Idempotency.IdempotencyKey.MaxLength} visible ASCII characters; a UUID is a good key.");
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Registrant).NotNull().WithMessage("Required.");
        RuleFor(c => c.Registrant).SetValidator(new RegistrantBodyValidator());
        RuleFor(c => c.Consent).NotNull().WithMessage("Consent to the privacy statement is required.");
        When(c => c.Consent is not null, () =>
        {
            RuleFor(c => c.Consent.StatementVersion).NotEmpty().MaximumLength(40);
            RuleFor(c => c.Consent.Language).Must(l => LocalizedText.Languages.Contains(l))
                .WithMessage("en or zh-Hant.");
        });
        RuleFor(c => c.Answers).Must(a => a is null || a.Count <= MaxAnswers).WithMessage($"At most {MaxAnswers} answers.");
        RuleForEach(c => c.Answers).NotNull().SetValidator(new AnswerValidator());
        RuleFor(c => c.Exhibitor).NotNull().When(c => c.Kind == RegistrationKind.Exhibitor)
            .WithMessage("Required for an exhibitor application.");
        RuleFor(c => c.Exhibitor).Null().When(c => c.Kind == RegistrationKind.Attendee)
            .WithMessage("Only for exhibitor applications.");
        RuleFor(c => c.Exhibitor!).SetValidator(new ExhibitorBodyValidator()).When(c => c.Exhibitor is not null);
    }
}
