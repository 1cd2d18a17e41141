using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Organisations;

public abstract class OrganisationBodyValidator<T> : AbstractValidator<T> where T : OrganisationBody
{
    protected OrganisationBodyValidator()
    {
        RuleFor(b => b.Slug).Must(s => s is null || Domain.Common.Slug.IsValid(s))
            .WithMessage("Use lower-case letters, digits and single hyphens.");
        RuleFor(b => b.Acronym).MaximumLength(30);
        RuleFor(b => b.Name).RequiredText(300);
        RuleFor(b => b.Kind).IsInEnum();
        RuleFor(b => b.CountryCode).Matches("^[A-Z]{2}$").WithMessage("Use an ISO 3166-1 alpha-2 code such as HK.");
        RuleFor(b => b.Description).OptionalText(5_000);
        RuleFor(b => b.WebsiteUrl).HttpUrl();
        RuleFor(b => b.LogoUrl).HttpUrl();
    }
}
