using FluentValidation;
using Scc.Application.Common;
using Scc.Application.Common.Paging;

namespace Scc.Application.Delegations.ListDelegations;

public sealed class ListDelegationsValidator : AbstractValidator<ListDelegationsQuery>
{
    public ListDelegationsValidator()
    {
        RuleFor(q => q.Country).Matches("^[A-Za-z]{2}$").WithMessage("Use an ISO 3166-1 alpha-2 code such as TH.");
        RuleFor(q => q.City).MaximumLength(100);
        RuleFor(q => q.When).Must(w => w is null || DelegationListFilters.Whens.Contains(w))
            .WithMessage($"Use one of: {string.Join(", ", DelegationListFilters.Whens)}.");
        RuleFor(q => q.From).Must(f => HomeCalendar.TryParseDate(f, out _)).WithMessage("Use a date (yyyy-MM-dd).");
        RuleFor(q => q.To).Must(t => HomeCalendar.TryParseDate(t, out _)).WithMessage("Use a date (yyyy-MM-dd).");
        RuleFor(q => q.Sort).Must(s => s is null || DelegationListFilters.Sorts.Contains(s))
            .WithMessage($"Use one of: {string.Join(", ", DelegationListFilters.Sorts)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must((q, c) => Cursor.TryDecode(c, q.Sort ?? DelegationListFilters.SortByStart, out _))
            .WithMessage("The cursor is not one this list gave out with the same sort.");
    }
}
