using FluentValidation;
using Scc.Application.Common.Idempotency;
using Scc.Application.Registrations.RegisterForEvent;
using Scc.Domain.Common;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations.BulkUpsertRegistrations;

public sealed class BulkUpsertRegistrationsValidator : AbstractValidator<BulkUpsertRegistrationsCommand>
{
    public BulkUpsertRegistrationsValidator()
    {
        RuleFor(c => c.IdempotencyKey).Length(IdempotencyKey.MinLength, IdempotencyKey.MaxLength)
            .Matches("^[\\x21-\\x7E]+$").When(c => c.IdempotencyKey is not null)
            .OverridePropertyName("Idempotency-Key")
            .WithMessage($"Between {IdempotencyKey.MinLength} and {IdempotencyKey.MaxLength} visible ASCII characters; a UUID is a good key.");
        RuleFor(c => c.Items).NotNull().WithMessage("Required.")
            .Must(i => i is null || i.Count is > 0 and <= BulkUpsertRegistrationsCommand.MaxItems)
            .WithMessage($"Between 1 and {BulkUpsertRegistrationsCommand.MaxItems} items per request.")
            .Must(i => i is null || i.Where(x => x?.ExternalReference is not null).GroupBy(x => x.ExternalReference).All(g => g.Count() == 1))
            .WithMessage("Each externalReference at most once per request.");
        RuleForEach(c => c.Items).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.ExternalReference).NotEmpty().MaximumLength(100).Matches("^[\\x21-\\x7E]+$")
                .WithMessage("1 to 100 visible ASCII characters.");
            item.RuleFor(i => i.Kind).IsInEnum();
            item.RuleFor(i => i.Registrant).NotNull().WithMessage("Required.");
            item.RuleFor(i => i.Registrant).SetValidator(new RegistrantBodyValidator());
            item.When(i => i.Consent is not null, () =>
            {
                item.RuleFor(i => i.Consent!.StatementVersion).NotEmpty().MaximumLength(40);
                item.RuleFor(i => i.Consent!.Language).Must(l => LocalizedText.Languages.Contains(l)).WithMessage("en or zh-Hant.");
            });
            item.RuleFor(i => i.Exhibitor).NotNull().When(i => i.Kind == RegistrationKind.Exhibitor).WithMessage("Required for an exhibitor application.");
            item.RuleFor(i => i.Exhibitor).Null().When(i => i.Kind == RegistrationKind.Attendee).WithMessage("Only for exhibitor applications.");
            item.RuleFor(i => i.Exhibitor!).SetValidator(new ExhibitorBodyValidator()).When(i => i.Exhibitor is not null);
            item.RuleFor(i => i.Answers).Must(a => a is null || a.Count <= AnswerValidator.MaxAnswers)
                .WithMessage($"At most {AnswerValidator.MaxAnswers} answers.");
            item.RuleForEach(i => i.Answers).NotNull().SetValidator(new AnswerValidator());
            item.RuleFor(i => i.Status).Must(s => s is null or RegistrationStatus.Cancelled or RegistrationStatus.Attended)
                .WithMessage("Only cancelled or attended; other statuses follow from the event's rules.");
        });
    }
}
