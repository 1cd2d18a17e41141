using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>The person's details, as submitted or pushed by an integration: the same rules for both (names carry no link or markup, ADR 16).</summary>
public sealed class RegistrantBodyValidator : AbstractValidator<RegistrantBody>
{
    public RegistrantBodyValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200).PersonName();
        RuleFor(r => r.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(r => r.Phone).MaximumLength(40).Matches(@"^\+?[0-9 ()\-]+$").When(r => r.Phone is not null)
            .WithMessage("Digits, spaces, brackets, hyphens and a leading + only.");
        RuleFor(r => r.Company).MaximumLength(200).PlainName();
    }
}

/// <summary>An exhibitor's company and booth, as submitted or pushed by an integration.</summary>
public sealed class ExhibitorBodyValidator : AbstractValidator<ExhibitorBody>
{
    public ExhibitorBodyValidator()
    {
        RuleFor(e => e.CompanyName).NotEmpty().MaximumLength(200).PlainName();
        RuleFor(e => e.Technology).NotEmpty().MaximumLength(1_000);
        RuleFor(e => e.Website).HttpUrl();
        RuleFor(e => e.BoothNeeds).MaximumLength(2_000);
    }
}
