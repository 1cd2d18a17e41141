using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Mous.TerminateMou;

public sealed class TerminateMouValidator : AbstractValidator<TerminateMouCommand>
{
    public TerminateMouValidator()
    {
        RuleFor(c => c.TerminatedOn).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(c => c.Note).OptionalText(1_000);
    }
}
