using FluentValidation;
using Scc.Application.Common.Paging;

namespace Scc.Application.Programmes.ListProgrammes;

public sealed class ListProgrammesValidator : AbstractValidator<ListProgrammesQuery>
{
    public ListProgrammesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => SlugCursor.TryDecode(c, out _))
            .WithMessage("The cursor is not one this list gave out.");
    }
}
