using FluentValidation;
using Scc.Application.Common.Validation;

namespace Scc.Application.Registrations.RegisterForEvent;

/// <summary>The person's details, as submitted or pushed by an integration: the same rules for both (names carry no link or markup, ADR 16).</summary>
public sealed class RegistrantBodyValidator : AbstractValidator<RegistrantBody>
{
    public RegistrantBodyValidator()
    {
        RuleFor(r => r.Name).RegistrantName();
        RuleFor(r => r.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(r => r.Phone).RegistrantPhone();
        RuleFor(r => r.Company).RegistrantCompany();
    }
}

/// <summary>The rules of a registrant's name, phone and company, wherever they are given (submitted, pushed, corrected).</summary>
public static class RegistrantRules
{
    public static IRuleBuilderOptions<T, string?> RegistrantName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(200).PersonName();

    public static IRuleBuilderOptions<T, string?> RegistrantPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(40).Matches(@"^\+?[0-9 ()\-]+$").WithMessage("Digits, spaces, brackets, hyphens and a leading + only.");

    public static IRuleBuilderOptions<T, string?> RegistrantCompany<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(200).PlainName();
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
