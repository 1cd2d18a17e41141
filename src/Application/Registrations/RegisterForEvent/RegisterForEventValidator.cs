using FluentValidation;
using Scc.Application.Common.Validation;
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
        When(c => c.Registrant is not null, () =>
        {
            RuleFor(c => c.Registrant.Name).NotEmpty().MaximumLength(200).PersonName();
            RuleFor(c => c.Registrant.Email).NotEmpty().MaximumLength(254).EmailAddress();
            RuleFor(c => c.Registrant.Phone).MaximumLength(40).Matches(@"^\+?[0-9 ()\-]+$").When(c => c.Registrant.Phone is not null)
                .WithMessage("Digits, spaces, brackets, hyphens and a leading + only.");
            RuleFor(c => c.Registrant.Company).MaximumLength(200).PlainName();
        });
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
        When(c => c.Exhibitor is not null, () =>
        {
            RuleFor(c => c.Exhibitor!.CompanyName).NotEmpty().MaximumLength(200).PlainName();
            RuleFor(c => c.Exhibitor!.Technology).NotEmpty().MaximumLength(1_000);
            RuleFor(c => c.Exhibitor!.Website).HttpUrl();
            RuleFor(c => c.Exhibitor!.BoothNeeds).MaximumLength(2_000);
        });
    }
}
