using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Programmes;

/// <summary>The shape of a programme body: formats, lengths, sizes and required fields.</summary>
public abstract class ProgrammeBodyValidator<T> : AbstractValidator<T> where T : ProgrammeBody
{
    public const int NameMaxLength = 300;
    public const int DescriptionMaxLength = 5_000;
    public const int MaxOrganisations = 50;

    protected ProgrammeBodyValidator()
    {
        RuleFor(b => b.Slug).Must(s => s is null || Domain.Common.Slug.IsValid(s))
            .WithMessage($"Use lower-case letters, digits and single hyphens, at most {Domain.Common.Slug.MaxLength} characters.");
        RuleFor(b => b.Name).RequiredText(NameMaxLength);
        RuleFor(b => b.Description).OptionalText(DescriptionMaxLength);
        RuleFor(b => b.WebsiteUrl).HttpUrl();
        RuleFor(b => b.Organisations).Must(l => l is null || l.Count <= MaxOrganisations)
            .WithMessage($"At most {MaxOrganisations} organisations.");
        RuleForEach(b => b.Organisations).ChildRules(organisation =>
        {
            organisation.RuleFor(o => o.OrganisationId).NotEmpty().WithMessage("Must be an organisation's id.");
            organisation.RuleFor(o => o.Role).IsInEnum();
        });
    }
}
