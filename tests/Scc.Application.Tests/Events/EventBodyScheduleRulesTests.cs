using Scc.Application.Events.CreateEvent;
using Scc.Domain.Events;
using static Scc.Application.Tests.Events.EventBodies;

namespace Scc.Application.Tests.Events;

public class EventBodyScheduleRulesTests
{
    private readonly CreateEventValidator _validator = new();

    private static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    private FluentValidation.Results.ValidationResult Validate(EventSchedule schedule) =>
        _validator.Validate(Create() with { Schedule = schedule });

    [Fact]
    public void Validate_WhenScheduleIsMissing_FailsOnSchedule()
    {
        ValidationAssert.FailsOnlyOn(Validate(null!), "schedule");
    }

    [Fact]
    public void Validate_WhenScheduleKindIsUndefined_FailsOnScheduleKind()
    {
        ValidationAssert.FailsOnlyOn(Validate(new EventSchedule((ScheduleKind)99)), "schedule.kind");
    }

    [Fact]
    public void Validate_WhenTimedHasStartAndLaterEnd_Passes()
    {
        ValidationAssert.Passes(Validate(Timed));
    }

    [Fact]
    public void Validate_WhenTimedHasNoStart_FailsOnScheduleStartsAt()
    {
        ValidationAssert.FailsOnlyOn(Validate(Timed with { StartsAt = null }), "schedule.startsAt");
    }

    [Fact]
    public void Validate_WhenTimedHasNoEnd_FailsOnScheduleEndsAt()
    {
        ValidationAssert.FailsOnlyOn(Validate(Timed with { EndsAt = null }), "schedule.endsAt");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void Validate_WhenTimedEndIsNotAfterStart_FailsOnScheduleEndsAt(int minutesAfterStart)
    {
        var schedule = Timed with { EndsAt = Timed.StartsAt!.Value.AddMinutes(minutesAfterStart) };

        ValidationAssert.FailsOnlyOn(Validate(schedule), "schedule.endsAt");
    }

    [Theory]
    [InlineData(1990, 1, 1)]
    [InlineData(2100, 12, 31)]
    public void Validate_WhenTimedStartIsWithin1990To2100_Passes(int year, int month, int day)
    {
        var startsAt = Utc(year, month, day);

        ValidationAssert.Passes(Validate(new EventSchedule(ScheduleKind.Timed, startsAt, startsAt.AddHours(2))));
    }

    [Fact]
    public void Validate_WhenTimedStartIsBefore1990_FailsOnScheduleStartsAt()
    {
        var startsAt = Utc(1989, 12, 31);

        ValidationAssert.FailsOnlyOn(Validate(new EventSchedule(ScheduleKind.Timed, startsAt, Utc(1990, 1, 2))), "schedule.startsAt");
    }

    [Fact]
    public void Validate_WhenTimedStartIsAfter2100_FailsOnScheduleStartsAt()
    {
        var startsAt = Utc(2101, 1, 1);

        var result = Validate(new EventSchedule(ScheduleKind.Timed, startsAt, startsAt.AddHours(2)));

        Assert.Contains(result.Errors, e => e.PropertyName == "schedule.startsAt");
    }

    [Fact]
    public void Validate_WhenTimedEndIsAfter2100_FailsOnScheduleEndsAt()
    {
        var startsAt = Utc(2100, 12, 31);

        ValidationAssert.FailsOnlyOn(Validate(new EventSchedule(ScheduleKind.Timed, startsAt, startsAt.AddDays(2))), "schedule.endsAt");
    }

    [Theory]
    [InlineData(ScheduleKind.AllDay)]
    [InlineData(ScheduleKind.Tentative)]
    public void Validate_WhenDatedHasStartAndNoEnd_Passes(ScheduleKind kind)
    {
        ValidationAssert.Passes(Validate(new EventSchedule(kind, StartDate: new DateOnly(2023, 11, 15))));
    }

    [Theory]
    [InlineData(ScheduleKind.AllDay)]
    [InlineData(ScheduleKind.Tentative)]
    public void Validate_WhenDatedHasNoStartDate_FailsOnScheduleStartDate(ScheduleKind kind)
    {
        ValidationAssert.FailsOnlyOn(Validate(new EventSchedule(kind, EndDate: new DateOnly(2023, 11, 19))), "schedule.startDate");
    }

    [Theory]
    [InlineData(1990, 1, 1)]
    [InlineData(2100, 12, 31)]
    public void Validate_WhenAllDayStartDateIsWithin1990To2100_Passes(int year, int month, int day)
    {
        ValidationAssert.Passes(Validate(new EventSchedule(ScheduleKind.AllDay, StartDate: new DateOnly(year, month, day))));
    }

    [Theory]
    [InlineData(1989, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void Validate_WhenAllDayStartDateIsOutside1990To2100_FailsOnScheduleStartDate(int year, int month, int day)
    {
        var schedule = new EventSchedule(ScheduleKind.AllDay, StartDate: new DateOnly(year, month, day));

        ValidationAssert.FailsOnlyOn(Validate(schedule), "schedule.startDate");
    }

    [Theory]
    [InlineData(ScheduleKind.AllDay)]
    [InlineData(ScheduleKind.Tentative)]
    public void Validate_WhenDatedEndsOnStartDate_Passes(ScheduleKind kind)
    {
        var schedule = new EventSchedule(kind, StartDate: new DateOnly(2023, 11, 15), EndDate: new DateOnly(2023, 11, 15));

        ValidationAssert.Passes(Validate(schedule));
    }

    [Theory]
    [InlineData(ScheduleKind.AllDay)]
    [InlineData(ScheduleKind.Tentative)]
    public void Validate_WhenDatedEndIsBeforeStart_FailsOnScheduleEndDate(ScheduleKind kind)
    {
        var schedule = new EventSchedule(kind, StartDate: new DateOnly(2023, 11, 19), EndDate: new DateOnly(2023, 11, 15));

        ValidationAssert.FailsOnlyOn(Validate(schedule), "schedule.endDate");
    }

    [Fact]
    public void Validate_WhenAllDayOnlyHasInstants_FailsOnScheduleStartDate()
    {
        ValidationAssert.FailsOnlyOn(Validate(Timed with { Kind = ScheduleKind.AllDay }), "schedule.startDate");
    }

    [Fact]
    public void Validate_WhenToBeAnnouncedHasNoDates_Passes()
    {
        ValidationAssert.Passes(Validate(new EventSchedule(ScheduleKind.ToBeAnnounced)));
    }

    [Fact]
    public void Validate_WhenScheduleNoteHas500Characters_Passes()
    {
        ValidationAssert.Passes(Validate(Timed with { Note = English(500) }));
    }

    [Fact]
    public void Validate_WhenScheduleNoteHas501Characters_FailsOnScheduleNoteEn()
    {
        ValidationAssert.FailsOnlyOn(Validate(Timed with { Note = English(501) }), "schedule.note.en");
    }

    [Fact]
    public void Validate_WhenScheduleNoteHas501ChineseCharacters_FailsOnScheduleNoteZhHant()
    {
        var schedule = new EventSchedule(ScheduleKind.ToBeAnnounced, Note: Chinese(501));

        ValidationAssert.FailsOnlyOn(Validate(schedule), "schedule.note.zh-Hant");
    }
}
