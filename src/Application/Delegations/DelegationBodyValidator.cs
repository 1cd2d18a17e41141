using FluentValidation;
using Scc.Application.Common.Validation;
using Scc.Domain.Events;

namespace Scc.Application.Delegations;

/// <summary>
/// The shape of a delegation body. Rules between fields (dates in order, itinerary within the dates, one
/// reference per participant) are the delegation's own, in the domain.
/// </summary>
public abstract class DelegationBodyValidator<T> : AbstractValidator<T> where T : DelegationBody
{
    private static readonly DateOnly EarliestDate = new(1990, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    protected DelegationBodyValidator()
    {
        RuleFor(b => b.Slug).Must(s => s is null || Domain.Common.Slug.IsValid(s))
            .WithMessage($"Use lower-case letters, digits and single hyphens, at most {Domain.Common.Slug.MaxLength} characters.");
        RuleFor(b => b.Title).RequiredText(300);
        RuleFor(b => b.Purpose).OptionalText(2_000);
        RuleFor(b => b.Topics).Must(l => l is null || l.Count <= 30).WithMessage("At most 30 topics.");
        RuleForEach(b => b.Topics).Must(t => Domain.Common.Slug.IsValid(t) && t.Length <= 50)
            .WithMessage("Topics are lower-case words joined by hyphens, at most 50 characters.");
        RuleFor(b => b.TimeZone).NotEmpty().MaximumLength(64)
            .Must(tz => Event.TryFindTimeZone(tz, out _)).WithMessage("Must be an IANA time zone id such as Asia/Bangkok.");
        RuleFor(b => b.StartDate).InclusiveBetween(EarliestDate, LatestDate);
        RuleFor(b => b.EndDate).InclusiveBetween(EarliestDate, LatestDate);
        RuleFor(b => b.Destinations).Must(l => l is null || l.Count <= 20).WithMessage("At most 20 destinations.");
        RuleForEach(b => b.Destinations).NotNull().ChildRules(destination =>
        {
            destination.RuleFor(d => d.City).RequiredText(100);
            destination.RuleFor(d => d.CountryCode).NotEmpty().Matches("^[A-Za-z]{2}$")
                .WithMessage("Use an ISO 3166-1 alpha-2 code such as TH.");
        });
        RuleFor(b => b.Participants).Must(l => l is null || l.Count <= 200).WithMessage("At most 200 participants.");
        RuleForEach(b => b.Participants).NotNull().ChildRules(participant =>
        {
            participant.RuleFor(p => p.Role).IsInEnum();
            participant.RuleFor(p => p.Group).OptionalText(200);
        });
        RuleFor(b => b.Itinerary).Must(l => l is null || l.Count <= 100).WithMessage("At most 100 itinerary items.");
        RuleForEach(b => b.Itinerary).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.Place).RequiredText(300);
            item.RuleFor(i => i.Note).OptionalText(1_000);
        });
        RuleFor(b => b.Outcomes).Must(l => l is null || l.Count <= 50).WithMessage("At most 50 outcomes.");
        RuleForEach(b => b.Outcomes).NotNull().ChildRules(outcome =>
        {
            outcome.RuleFor(o => o.Description).RequiredText(500);
            outcome.RuleFor(o => o.Figure).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
            outcome.RuleFor(o => o.Figure).LessThanOrEqualTo(100).When(o => o.Unit == OutcomeUnit.Percent)
                .WithMessage("A percentage is at most 100.");
            outcome.RuleFor(o => o.Unit).IsInEnum();
            outcome.RuleFor(o => o.Qualifier).IsInEnum();
        });
        RuleFor(b => b.Highlights).Must(l => l is null || l.Count <= 50).WithMessage("At most 50 highlights.");
        RuleForEach(b => b.Highlights).RequiredText(1_000);
        RuleFor(b => b.RelatedEventIds).Must(l => l is null || l.Count <= 50).WithMessage("At most 50 related events.");
    }
}
