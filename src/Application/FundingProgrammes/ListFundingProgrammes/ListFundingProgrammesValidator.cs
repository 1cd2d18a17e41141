using FluentValidation;
using Scc.Application.Common.Paging;

namespace Scc.Application.FundingProgrammes.ListFundingProgrammes;

public sealed class ListFundingProgrammesValidator : AbstractValidator<ListFundingProgrammesQuery>
{
    public ListFundingProgrammesValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => SlugCursor.TryDecode(c, out _))
            .WithMessage("The cursor is not one this list gave out.");
    }
}
