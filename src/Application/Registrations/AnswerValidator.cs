using FluentValidation;
using Scc.Application.Events;
using Scc.Domain.Registrations;

namespace Scc.Application.Registrations;

/// <summary>
/// What any request may carry as answers, wherever they come from (a submission or an integration's item); whether
/// they fit the event's questions is the event's rule (<c>RegistrationSettings.CheckAnswers</c>).
/// </summary>
public sealed class AnswerValidator : AbstractValidator<Answer>
{
    public const int MaxAnswers = RegistrationQuestionRules.MaxQuestions;

    public AnswerValidator()
    {
        RuleFor(a => a.QuestionId).NotEmpty().MaximumLength(40);
        // The question's own limit is checked against the event; this caps what any request may carry.
        RuleFor(a => a.Text).MaximumLength(RegistrationQuestionRules.MaxTextLength);
        RuleFor(a => a.Choices).Must(c => c is null || c.Count <= RegistrationQuestionRules.MaxOptions)
            .WithMessage($"At most {RegistrationQuestionRules.MaxOptions} choices.");
        RuleForEach(a => a.Choices).NotEmpty().MaximumLength(40);
    }
}
