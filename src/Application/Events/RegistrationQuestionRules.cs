using FluentValidation;
using Scc.Application.Common.Validation;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Events;

/// <summary>The shape of an event's custom registration questions.</summary>
public sealed class RegistrationQuestionRules : AbstractValidator<RegistrationQuestion>
{
    public const int MaxQuestions = 30;
    public const int MaxOptions = 50;
    public const int MaxTextLength = 5_000;
    private const int LabelMaxLength = 300;

    public RegistrationQuestionRules()
    {
        RuleFor(q => q.Id).NotEmpty().MaximumLength(40).Must(Slug.IsValid)
            .WithMessage("Lower-case words joined by hyphens, at most 40 characters.");
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Label).RequiredText(LabelMaxLength);
        RuleFor(q => q.Options).Must(o => o is { Count: >= 2 and <= MaxOptions }).When(q => q.HasOptions)
            .WithMessage($"A choice question needs between 2 and {MaxOptions} options.");
        RuleFor(q => q.Options).Must(o => o is null or []).When(q => !q.HasOptions)
            .WithMessage("Only choice questions have options.");
        RuleFor(q => q.Options).Must(o => o is null || o.Select(x => x?.Id).Distinct().Count() == o.Count)
            .WithMessage("Option ids must differ.");
        RuleForEach(q => q.Options).NotNull().ChildRules(option =>
        {
            option.RuleFor(o => o.Id).NotEmpty().MaximumLength(40).Must(Slug.IsValid)
                .WithMessage("Lower-case words joined by hyphens, at most 40 characters.");
            option.RuleFor(o => o.Label).RequiredText(LabelMaxLength);
        });
        RuleFor(q => q.MaxLength).InclusiveBetween(1, MaxTextLength).When(q => q.Kind == QuestionKind.Text);
        RuleFor(q => q.MaxLength).Null().When(q => q.Kind != QuestionKind.Text).WithMessage("Only text questions have a maximum length.");
    }
}
