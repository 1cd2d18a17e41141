using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.People;

/// <summary>The shape of a person body: formats, lengths, sizes and required fields.</summary>
public abstract class PersonBodyValidator<T> : AbstractValidator<T> where T : PersonBody
{
    public const int NameMaxLength = 200;
    public const int TitleMaxLength = 300;
    public const int MaxAppointments = 50;
    private static readonly DateOnly EarliestDate = new(1900, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    protected PersonBodyValidator()
    {
        RuleFor(b => b.Slug).Must(s => s is null || Domain.Common.Slug.IsValid(s))
            .WithMessage($"Use lower-case letters, digits and single hyphens, at most {Domain.Common.Slug.MaxLength} characters.");
        RuleFor(b => b.Name).RequiredText(NameMaxLength);
        RuleFor(b => b.Honorific).MaximumLength(30);
        RuleFor(b => b.Appointments).Must(l => l is null || l.Count <= MaxAppointments)
            .WithMessage($"At most {MaxAppointments} appointments.");
        RuleForEach(b => b.Appointments).ChildRules(appointment =>
        {
            appointment.RuleFor(a => a.Title).RequiredText(TitleMaxLength);
            appointment.RuleFor(a => a.OrganisationId).NotEqual(Guid.Empty).WithMessage("Must be an organisation's id.");
            appointment.RuleFor(a => a.From).InclusiveBetween(EarliestDate, LatestDate).When(a => a.From is not null);
            appointment.RuleFor(a => a.To).InclusiveBetween(EarliestDate, LatestDate).When(a => a.To is not null);
            appointment.RuleFor(a => a.To).GreaterThanOrEqualTo(a => a.From)
                .When(a => a.From is not null && a.To is not null)
                .WithMessage("An appointment cannot end before it starts.");
        });
    }
}
