using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Digests;

/// <summary>The shape of a digest body; the order of its days and the items it may name are the digest's own rules.</summary>
public abstract class DigestBodyValidator<T> : AbstractValidator<T> where T : DigestBody
{
    private static readonly DateOnly EarliestDate = new(1990, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    protected DigestBodyValidator()
    {
        RuleFor(b => b.Slug).Must(s => s is null || Domain.Common.Slug.IsValid(s))
            .WithMessage($"Use lower-case letters, digits and single hyphens, at most {Domain.Common.Slug.MaxLength} characters.");
        RuleFor(b => b.Title).OptionalText(300).Must(t => t is null || !t.IsEmpty).WithMessage("Give the title in at least one language (en or zh-Hant), or leave it out.");
        RuleFor(b => b.Introduction).OptionalText(5_000);
        RuleFor(b => b.From).NotNull().WithMessage("Required.").InclusiveBetween(EarliestDate, LatestDate);
        RuleFor(b => b.To).NotNull().WithMessage("Required.").InclusiveBetween(EarliestDate, LatestDate);
        RuleFor(b => b.AsOf).NotNull().WithMessage("Required.").InclusiveBetween(EarliestDate, LatestDate);
        RuleFor(b => b.Items).Must(l => l is null || l.Count <= 200).WithMessage("At most 200 item choices.");
        RuleForEach(b => b.Items).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.Id).NotEmpty();
            item.RuleFor(i => i.Kind).IsInEnum();
            item.RuleFor(i => i.Position).InclusiveBetween(1, 1_000);
        });
    }
}
