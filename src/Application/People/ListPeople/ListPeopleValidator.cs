using FluentValidation;
using Scc.Application.Common.Paging;

namespace Scc.Application.People.ListPeople;

public sealed class ListPeopleValidator : AbstractValidator<ListPeopleQuery>
{
    public ListPeopleValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => SlugCursor.TryDecode(c, out _))
            .WithMessage("The cursor is not one this list gave out.");
    }
}
