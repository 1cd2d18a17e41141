using FluentValidation;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Organisations;

namespace Scc.Application.Partnerships.ListPartnerships;

public sealed class ListPartnershipsValidator : AbstractValidator<ListPartnershipsQuery>
{
    public ListPartnershipsValidator()
    {
        RuleFor(q => q.Role).Must(r => EnumNames<OrganisationRole>.TryParseList(r, out _))
            .WithMessage($"Use one or more of: {EnumNames<OrganisationRole>.List} (comma-separated).");
        RuleFor(q => q.Year).InclusiveBetween(1990, 2100);
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => SlugCursor.TryDecode(c, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
