using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Mous;

/// <summary>
/// The shape of an MoU body. Rules between fields (two different parties, the term in order) are the MoU's
/// own, in the domain.
/// </summary>
public abstract class MouBodyValidator<T> : AbstractValidator<T> where T : MouBody
{
    private static readonly DateOnly EarliestDate = new(1990, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    protected MouBodyValidator()
    {
        RuleFor(b => b.Slug).Must(s => s is null || Domain.Common.Slug.IsValid(s))
            .WithMessage($"Use lower-case letters, digits and single hyphens, at most {Domain.Common.Slug.MaxLength} characters.");
        RuleFor(b => b.Title).RequiredText(300);
        RuleFor(b => b.Purpose).OptionalText(2_000);
        RuleFor(b => b.Scope).OptionalText(5_000);
        RuleFor(b => b.Parties).NotNull().WithMessage("Required.")
            .Must(l => l is null || l.Count <= 20).WithMessage("At most 20 parties.");
        RuleForEach(b => b.Parties).NotNull().ChildRules(party =>
        {
            party.RuleFor(p => p.OrganisationId).NotEmpty();
            party.When(p => p.Signatory is not null, () =>
            {
                party.RuleFor(p => p.Signatory).Must(s => s!.PersonId is not null || s.Name is { IsEmpty: false })
                    .WithMessage("Give the signatory's personId, or their name when they have no person record.");
                party.RuleFor(p => p.Signatory!.Name).OptionalText(200);
                party.RuleFor(p => p.Signatory!.Title).OptionalText(300);
            });
        });
        RuleFor(b => b.SignedOn).InclusiveBetween(EarliestDate, LatestDate);
        RuleFor(b => b.EffectiveFrom).InclusiveBetween(EarliestDate, LatestDate);
        RuleFor(b => b.ExpiresOn).InclusiveBetween(EarliestDate, LatestDate);
        When(b => b.SignedAt is not null, () =>
        {
            RuleFor(b => b.SignedAt!.Place).RequiredText(200);
            RuleFor(b => b.SignedAt!.CountryCode).NotEmpty().Matches("^[A-Za-z]{2}$").WithMessage("Use an ISO 3166-1 alpha-2 code such as TH.");
        });
        RuleFor(b => b.FollowUpEventIds).Must(l => l is null || l.Count <= 50).WithMessage("At most 50 follow-up events.");
        RuleFor(b => b.FollowUpDelegationIds).Must(l => l is null || l.Count <= 50).WithMessage("At most 50 follow-up delegations.");
    }
}
