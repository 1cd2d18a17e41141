using FluentValidation;
using Scc.Application.Common.Validation;
using Scc.Domain.Common;

namespace Scc.Application.Series;

public abstract class EventSeriesBodyValidator<T> : AbstractValidator<T> where T : EventSeriesBody
{
    protected EventSeriesBodyValidator()
    {
        RuleFor(c => c.Slug).Must(s => s is null || Slug.IsValid(s))
            .WithMessage("Use lower-case letters, digits and single hyphens.");
        RuleFor(c => c.Title).RequiredText(300);
        RuleFor(c => c.Description).OptionalText(5_000);
    }
}
