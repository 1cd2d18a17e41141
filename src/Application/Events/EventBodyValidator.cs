using FluentValidation;
using Scc.Application.Common.Validation;
using Scc.Domain.Events;

namespace Scc.Application.Events;

/// <summary>The shape of an event body: formats, lengths, sizes and required fields.</summary>
public abstract class EventBodyValidator<T> : AbstractValidator<T> where T : EventBody
{
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 1_000;
    public const int DescriptionMaxLength = 20_000;
    private static readonly DateOnly EarliestDate = new(1990, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    protected EventBodyValidator()
    {
        RuleFor(b => b.Slug).Must(s => s is null || Domain.Common.Slug.IsValid(s))
            .WithMessage($"Use lower-case letters, digits and single hyphens, at most {Domain.Common.Slug.MaxLength} characters.");
        RuleFor(b => b.Type).IsInEnum();
        RuleFor(b => b.Format).IsInEnum();
        RuleFor(b => b.Title).RequiredText(TitleMaxLength);
        RuleFor(b => b.Summary).OptionalText(SummaryMaxLength);
        RuleFor(b => b.Description).OptionalText(DescriptionMaxLength);
        RuleFor(b => b.TimeZone).NotEmpty().MaximumLength(64)
            .Must(tz => Event.TryFindTimeZone(tz, out _)).WithMessage("Must be an IANA time zone id such as Asia/Hong_Kong.");
        RuleFor(b => b.Schedule).NotNull().WithMessage("Required.").DependentRules(() =>
        {
            RuleFor(b => b.Schedule.Kind).IsInEnum();
            When(b => b.Schedule.Kind == ScheduleKind.Timed, () =>
            {
                RuleFor(b => b.Schedule.StartsAt).NotNull().WithMessage("A timed event needs startsAt.")
                    .Must(d => d is null || DateOnly.FromDateTime(d.Value.UtcDateTime) is var day && day >= EarliestDate && day <= LatestDate)
                    .WithMessage("Must be between 1990 and 2100.");
                RuleFor(b => b.Schedule.EndsAt).NotNull().WithMessage("A timed event needs endsAt.")
                    .GreaterThan(b => b.Schedule.StartsAt).When(b => b.Schedule.StartsAt is not null)
                    .WithMessage("The end must be after the start.")
                    .Must(d => d is null || DateOnly.FromDateTime(d.Value.UtcDateTime) is var day && day >= EarliestDate && day <= LatestDate)
                    .WithMessage("Must be between 1990 and 2100.");
            });
            When(b => b.Schedule.Kind is ScheduleKind.AllDay or ScheduleKind.Tentative, () =>
            {
                RuleFor(b => b.Schedule.StartDate).NotNull().WithMessage("Required for this kind of schedule.")
                    .InclusiveBetween(EarliestDate, LatestDate);
                RuleFor(b => b.Schedule.EndDate).GreaterThanOrEqualTo(b => b.Schedule.StartDate)
                    .When(b => b.Schedule.StartDate is not null && b.Schedule.EndDate is not null)
                    .WithMessage("The end must not be before the start.")
                    .InclusiveBetween(EarliestDate, LatestDate);
            });
            RuleFor(b => b.Schedule.Note).OptionalText(500);
        });
        When(b => b.Venue is not null, () =>
        {
            RuleFor(b => b.Venue!.Name).RequiredText(300);
            RuleFor(b => b.Venue!.Address).OptionalText(500);
            RuleFor(b => b.Venue!.City).OptionalText(100);
            RuleFor(b => b.Venue!.CountryCode).Matches("^[A-Z]{2}$").WithMessage("Use an ISO 3166-1 alpha-2 code such as HK.");
        });
        RuleFor(b => b.OnlineUrl).HttpUrl();
        RuleFor(b => b.OnlinePlatform).MaximumLength(100);
        RuleFor(b => b.SeriesPosition).GreaterThan(0);
        RuleFor(b => b.SeriesPosition).Null().When(b => b.SeriesId is null).WithMessage("Only an event in a series has a position.");
        RuleFor(b => b.Speakers).Must(l => l is null || l.Count <= 100).WithMessage("At most 100 speakers.");
        RuleForEach(b => b.Speakers).NotNull().SetValidator(new SpeakerValidator());
        RuleFor(b => b.Sessions).Must(l => l is null || l.Count <= 100).WithMessage("At most 100 sessions.");
        RuleForEach(b => b.Sessions).NotNull().ChildRules(session =>
        {
            session.RuleFor(s => s.Title).RequiredText(300);
            session.RuleFor(s => s.Description).OptionalText(2_000);
            session.RuleFor(s => s.Room).OptionalText(200);
            session.RuleFor(s => s.OnlineUrl).HttpUrl();
            session.RuleFor(s => s.Speakers).Must(l => l is null || l.Count <= 50).WithMessage("At most 50 speakers a session.");
            session.RuleForEach(s => s.Speakers).NotNull().SetValidator(new SpeakerValidator());
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
        RuleFor(b => b.Tags).Must(l => l is null || l.Count <= 30).WithMessage("At most 30 tags.");
        RuleForEach(b => b.Tags).Must(t => Domain.Common.Slug.IsValid(t) && t.Length <= 50)
            .WithMessage("Tags are lower-case words joined by hyphens, at most 50 characters.");
        When(b => b.Registration is not null, () =>
        {
            RuleFor(b => b.Registration!.Mode).IsInEnum();
            RuleFor(b => b.Registration!.Url).HttpUrl();
            RuleFor(b => b.Registration!.Capacity).InclusiveBetween(1, 1_000_000);
            RuleFor(b => b.Registration!.ExhibitorBooths).InclusiveBetween(1, RegistrationSettings.MaxExhibitorBooths);
            RuleFor(b => b.Registration!.ClosesAt).GreaterThan(b => b.Registration!.OpensAt)
                .When(b => b.Registration!.OpensAt is not null && b.Registration.ClosesAt is not null)
                .WithMessage("Registration must close after it opens.");
            RuleFor(b => b.Registration!.Note).OptionalText(1_000);
            RuleForEach(b => b.Registration!.Kinds).IsInEnum();
            RuleFor(b => b.Registration!.PrivacyStatementVersion).MaximumLength(40);
            RuleFor(b => b.Registration!.Questions)
                .Must(q => q is null || q.Count <= RegistrationQuestionRules.MaxQuestions)
                .WithMessage($"At most {RegistrationQuestionRules.MaxQuestions} questions.")
                .Must(q => q is null || q.Select(x => x?.Id).Distinct().Count() == q.Count)
                .WithMessage("Question ids must differ.");
            RuleForEach(b => b.Registration!.Questions).NotNull().SetValidator(new RegistrationQuestionRules());
            RuleFor(b => b.Registration!.ReminderMinutesBefore)
                .Must(r => r is null || r.Count <= 5).WithMessage("At most 5 reminders.")
                .Must(r => r is null || r.Distinct().Count() == r.Count).WithMessage("Reminders must differ.");
            RuleForEach(b => b.Registration!.ReminderMinutesBefore).InclusiveBetween(1, RegistrationSettings.MaxReminderMinutesBefore)
                .WithMessage($"A reminder is between 1 minute and {RegistrationSettings.MaxReminderMinutesBefore} minutes (30 days) before the start.");
        });
        RuleFor(b => b.Contacts).Must(l => l is null || l.Count <= 20).WithMessage("At most 20 contacts.");
        RuleForEach(b => b.Contacts).NotNull().ChildRules(contact =>
        {
            contact.RuleFor(c => c.Name).RequiredText(200);
            contact.RuleFor(c => c.Phone).MaximumLength(40).Matches(@"^\+?[0-9 ()\-]+$")
                .Must(p => p is null || p.Count(char.IsAsciiDigit) >= 4)
                .When(c => c.Phone is not null).WithMessage("At least four digits; digits, spaces, brackets, hyphens and a leading + only.");
            contact.RuleFor(c => c.Email).MaximumLength(254).EmailAddress();
        });
        RuleFor(b => b.WebsiteUrl).HttpUrl();
        RuleFor(b => b.ImageUrl).HttpUrl();
        RuleFor(b => b.Organisations).Must(l => l is null || l.Count <= 50).WithMessage("At most 50 organisations.")
            .Must(l => l is null || l.Distinct().Count() == l.Count).WithMessage("The same organisation is listed twice in the same role.");
        RuleForEach(b => b.Organisations).NotNull().ChildRules(organisation => organisation.RuleFor(o => o.Role).IsInEnum());
        RuleFor(b => b.FundingProgrammeIds).Must(l => l is null || l.Count <= 10).WithMessage("At most 10 funding programmes.");
    }
}
