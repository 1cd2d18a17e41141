using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.FundingProgrammes;

/// <summary>The shape of a funding programme body: formats, lengths and required fields.</summary>
public abstract class FundingProgrammeBodyValidator<T> : AbstractValidator<T> where T : FundingProgrammeBody
{
    public const int NameMaxLength = 300;
    public const int DisclaimerMaxLength = 2_000;

    protected FundingProgrammeBodyValidator()
    {
        RuleFor(b => b.Slug).Must(s => s is null || Domain.Common.Slug.IsValid(s))
            .WithMessage($"Use lower-case letters, digits and single hyphens, at most {Domain.Common.Slug.MaxLength} characters.");
        RuleFor(b => b.Acronym).MaximumLength(30);
        RuleFor(b => b.Name).RequiredText(NameMaxLength);
        RuleFor(b => b.FunderOrganisationId).NotEqual(Guid.Empty).WithMessage("Must be an organisation's id.");
        RuleFor(b => b.Disclaimer).RequiredText(DisclaimerMaxLength);
    }
}
