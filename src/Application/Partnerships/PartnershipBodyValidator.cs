using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Partnerships;

public abstract class PartnershipBodyValidator<T> : AbstractValidator<T> where T : PartnershipBody
{
    protected PartnershipBodyValidator()
    {
        RuleFor(b => b.Slug).Must(s => s is null || Domain.Common.Slug.IsValid(s))
            .WithMessage("Use lower-case letters, digits and single hyphens.");
        RuleFor(b => b.OrganisationId).NotEmpty();
        RuleFor(b => b.SccRole).IsInEnum();
        RuleFor(b => b.PartnerRole).IsInEnum();
        RuleFor(b => b.Scope).NotNull().WithMessage("Required.");
        RuleFor(b => b.Scope.Kind).IsInEnum().When(b => b.Scope is not null);
        RuleFor(b => b.EndDate).GreaterThanOrEqualTo(b => b.StartDate).When(b => b.StartDate is not null && b.EndDate is not null)
            .WithMessage("The end must not be before the start.");
        RuleFor(b => b.StartDate).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        RuleFor(b => b.EndDate).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 12, 31));
        When(b => b.Contact is not null, () =>
        {
            RuleFor(b => b.Contact!.Name).RequiredText(200);
            RuleFor(b => b.Contact!.Email).MaximumLength(254).EmailAddress();
            RuleFor(b => b.Contact!.Phone).MaximumLength(40).Matches(@"^\+?[0-9 ()\-]+$");
        });
        RuleFor(b => b.Notes).OptionalText(2_000);
    }
}
