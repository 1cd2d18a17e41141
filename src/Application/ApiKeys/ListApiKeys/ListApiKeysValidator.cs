using FluentValidation;
using Scc.Application.Common.Paging;

namespace Scc.Application.ApiKeys.ListApiKeys;

public sealed class ListApiKeysValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, ListApiKeysQuery.Sort, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
