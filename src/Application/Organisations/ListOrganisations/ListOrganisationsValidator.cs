using FluentValidation;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations.ListOrganisations;

public sealed class ListOrganisationsValidator : AbstractValidator<ListOrganisationsQuery>
{
    public ListOrganisationsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Kind).Must(k => EnumNames<OrganisationKind>.TryParseList(k, out _))
            .WithMessage($"Use one or more of: {EnumNames<OrganisationKind>.List} (comma-separated).");
        RuleFor(q => q.CountryCode).Matches("^[A-Z]{2}$").WithMessage("Use an ISO 3166-1 alpha-2 code such as HK.");
        RuleFor(q => q.Limit).InclusiveBetween(1, PageLimits.Max);
        RuleFor(q => q.Cursor).Must(c => SlugCursor.TryDecode(c, out _)).WithMessage("The cursor is not one this list gave out.");
    }
}
