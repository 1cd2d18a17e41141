using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Domain.Tests.Events;

public class EventScheduleTests
{
    private static readonly TimeZoneInfo HongKong = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");
    private static readonly TimeZoneInfo Bangkok = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");

    [Fact]
    public void Normalize_WhenTimedInBangkokIsGivenWithHongKongOffset_StoresBangkokOffsetAtSameInstant()
    {
        var startsAt = new DateTimeOffset(2023, 10, 3, 9, 0, 0, TimeSpan.FromHours(8));
        var endsAt = new DateTimeOffset(2023, 10, 3, 17, 0, 0, TimeSpan.FromHours(8));
        var schedule = new EventSchedule(ScheduleKind.Timed, startsAt, endsAt);

        var normalized = schedule.Normalize(Bangkok).Value;

        Assert.Equal(TimeSpan.FromHours(7), normalized.StartsAt!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(7), normalized.EndsAt!.Value.Offset);
        Assert.Equal(new DateTime(2023, 10, 3, 8, 0, 0), normalized.StartsAt.Value.DateTime);
        Assert.Equal(startsAt.UtcDateTime, normalized.StartsAt.Value.UtcDateTime);
        Assert.Equal(endsAt.UtcDateTime, normalized.EndsAt.Value.UtcDateTime);
    }

    [Fact]
    public void Create_WhenTimedInBangkokIsGivenWithHongKongOffset_EventKeepsBangkokOffsetAndUtcWindow()
    {
        var startsAt = new DateTimeOffset(2023, 10, 3, 9, 0, 0, TimeSpan.FromHours(8));
        var endsAt = new DateTimeOffset(2023, 10, 3, 17, 0, 0, TimeSpan.FromHours(8));

        var evt = Events.Create(Events.Content(
            timeZone: "Asia/Bangkok", schedule: new EventSchedule(ScheduleKind.Timed, startsAt, endsAt)));

        Assert.Equal("Asia/Bangkok", evt.TimeZone);
        Assert.Equal(TimeSpan.FromHours(7), evt.Schedule.StartsAt!.Value.Offset);
        Assert.Equal(new DateTime(2023, 10, 3, 8, 0, 0), evt.Schedule.StartsAt.Value.DateTime);
        Assert.Equal(new DateTimeOffset(2023, 10, 3, 1, 0, 0, TimeSpan.Zero), evt.WindowStart);
        Assert.Equal(new DateTimeOffset(2023, 10, 3, 9, 0, 0, TimeSpan.Zero), evt.WindowEnd);
    }

    [Fact]
    public void Create_WhenTimedHongKongAfternoonFourToSix_HasWindowFromEightToTenUtc()
    {
        var evt = Events.Create(Events.Content(schedule: Events.AfternoonSeminar));

        Assert.Equal(new DateTimeOffset(2023, 8, 25, 8, 0, 0, TimeSpan.Zero), evt.WindowStart);
        Assert.Equal(new DateTimeOffset(2023, 8, 25, 10, 0, 0, TimeSpan.Zero), evt.WindowEnd);
        Assert.Equal(TimeSpan.Zero, evt.WindowStart!.Value.Offset);
        Assert.Equal(TimeSpan.Zero, evt.WindowEnd!.Value.Offset);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    public void Normalize_WhenTimedEndIsNotAfterStart_IsRefusedOnEndsAt(int endHour)
    {
        var schedule = new EventSchedule(
            ScheduleKind.Timed,
            new DateTimeOffset(2023, 8, 25, 16, 0, 0, Events.HongKongOffset),
            new DateTimeOffset(2023, 8, 25, endHour, 0, 0, Events.HongKongOffset));

        var result = schedule.Normalize(HongKong);

        AssertInvalid(result, "schedule.endsAt");
    }

    [Fact]
    public void Create_WhenTimedEndIsBeforeStart_IsRefusedOnEndsAt()
    {
        var schedule = new EventSchedule(
            ScheduleKind.Timed,
            new DateTimeOffset(2023, 8, 25, 18, 0, 0, Events.HongKongOffset),
            new DateTimeOffset(2023, 8, 25, 16, 0, 0, Events.HongKongOffset));

        var result = Event.Create(Guid.NewGuid(), "seminar", Events.Content(schedule: schedule));

        AssertInvalid(result, "schedule.endsAt");
    }

    [Fact]
    public void Normalize_WhenTimedHasNoStart_IsRefusedOnStartsAt()
    {
        var schedule = new EventSchedule(ScheduleKind.Timed, EndsAt: new DateTimeOffset(2023, 8, 25, 18, 0, 0, Events.HongKongOffset));

        AssertInvalid(schedule.Normalize(HongKong), "schedule.startsAt");
    }

    [Fact]
    public void Normalize_WhenTimedHasNoEnd_IsRefusedOnEndsAt()
    {
        var schedule = new EventSchedule(ScheduleKind.Timed, StartsAt: new DateTimeOffset(2023, 8, 25, 16, 0, 0, Events.HongKongOffset));

        AssertInvalid(schedule.Normalize(HongKong), "schedule.endsAt");
    }

    [Fact]
    public void Normalize_WhenTimedAlsoHasDates_DropsTheDates()
    {
        var schedule = Events.AfternoonSeminar with { StartDate = new DateOnly(2023, 8, 25), EndDate = new DateOnly(2023, 8, 25) };

        var normalized = schedule.Normalize(HongKong).Value;

        Assert.Null(normalized.StartDate);
        Assert.Null(normalized.EndDate);
    }

    [Theory]
    [InlineData(ScheduleKind.AllDay)]
    [InlineData(ScheduleKind.Tentative)]
    public void Normalize_WhenDatedEndIsBeforeStart_IsRefusedOnEndDate(ScheduleKind kind)
    {
        var schedule = new EventSchedule(kind, StartDate: new DateOnly(2023, 11, 19), EndDate: new DateOnly(2023, 11, 15));

        AssertInvalid(schedule.Normalize(HongKong), "schedule.endDate");
    }

    [Fact]
    public void Create_WhenAllDayEndIsBeforeStart_IsRefusedOnEndDate()
    {
        var schedule = new EventSchedule(ScheduleKind.AllDay, StartDate: new DateOnly(2023, 11, 19), EndDate: new DateOnly(2023, 11, 15));

        var result = Event.Create(Guid.NewGuid(), "exhibition", Events.Content(schedule: schedule));

        AssertInvalid(result, "schedule.endDate");
    }

    [Theory]
    [InlineData(ScheduleKind.AllDay)]
    [InlineData(ScheduleKind.Tentative)]
    public void Normalize_WhenDatedHasNoStartDate_IsRefusedOnStartDate(ScheduleKind kind)
    {
        var schedule = new EventSchedule(kind, EndDate: new DateOnly(2023, 11, 19));

        AssertInvalid(schedule.Normalize(HongKong), "schedule.startDate");
    }

    [Fact]
    public void Normalize_WhenAllDayHasNoEndDate_EndsOnStartDate()
    {
        var schedule = new EventSchedule(ScheduleKind.AllDay, StartDate: new DateOnly(2023, 11, 15));

        var normalized = schedule.Normalize(HongKong).Value;

        Assert.Equal(new DateOnly(2023, 11, 15), normalized.EndDate);
    }

    [Fact]
    public void Normalize_WhenAllDayEndsOnStartDate_IsAccepted()
    {
        var schedule = new EventSchedule(ScheduleKind.AllDay, StartDate: new DateOnly(2023, 11, 15), EndDate: new DateOnly(2023, 11, 15));

        Assert.True(schedule.Normalize(HongKong).IsSuccess);
    }

    [Fact]
    public void Normalize_WhenAllDayAlsoHasInstants_DropsTheInstants()
    {
        var schedule = new EventSchedule(
            ScheduleKind.AllDay,
            StartsAt: new DateTimeOffset(2023, 11, 15, 10, 0, 0, Events.HongKongOffset),
            EndsAt: new DateTimeOffset(2023, 11, 15, 18, 0, 0, Events.HongKongOffset),
            StartDate: new DateOnly(2023, 11, 15));

        var normalized = schedule.Normalize(HongKong).Value;

        Assert.Null(normalized.StartsAt);
        Assert.Null(normalized.EndsAt);
    }

    [Fact]
    public void Create_WhenAllDayInHongKongFromFifteenthToNineteenthNovember_HasWindowOfThoseWholeHongKongDays()
    {
        var schedule = new EventSchedule(ScheduleKind.AllDay, StartDate: new DateOnly(2023, 11, 15), EndDate: new DateOnly(2023, 11, 19));

        var evt = Events.Create(Events.Content(schedule: schedule));

        Assert.Equal(new DateTimeOffset(2023, 11, 14, 16, 0, 0, TimeSpan.Zero), evt.WindowStart);
        Assert.Equal(new DateTimeOffset(2023, 11, 19, 16, 0, 0, TimeSpan.Zero), evt.WindowEnd);
    }

    [Fact]
    public void Window_WhenAllDaySingleDayInBangkok_CoversThatBangkokDay()
    {
        var schedule = new EventSchedule(ScheduleKind.AllDay, StartDate: new DateOnly(2023, 10, 3), EndDate: new DateOnly(2023, 10, 3));

        var window = schedule.Window(Bangkok);

        Assert.Equal(new DateTimeOffset(2023, 10, 2, 17, 0, 0, TimeSpan.Zero), window!.Value.Start);
        Assert.Equal(new DateTimeOffset(2023, 10, 3, 17, 0, 0, TimeSpan.Zero), window.Value.End);
    }

    [Fact]
    public void Create_WhenTentative_HasWindowFromStartOfFirstDayToEndOfLastDay()
    {
        var schedule = new EventSchedule(
            ScheduleKind.Tentative,
            StartDate: new DateOnly(2024, 9, 1),
            EndDate: new DateOnly(2024, 10, 15),
            Note: new LocalizedText("September or early October", "九月或十月初"));

        var evt = Events.Create(Events.Content(schedule: schedule));

        Assert.Equal(new DateTimeOffset(2024, 8, 31, 16, 0, 0, TimeSpan.Zero), evt.WindowStart);
        Assert.Equal(new DateTimeOffset(2024, 10, 15, 16, 0, 0, TimeSpan.Zero), evt.WindowEnd);
        Assert.Equal(ScheduleKind.Tentative, evt.Schedule.Kind);
        Assert.Equal("September or early October", evt.Schedule.Note!.En);
    }

    [Fact]
    public void Create_WhenToBeAnnounced_HasNoWindow()
    {
        var schedule = new EventSchedule(ScheduleKind.ToBeAnnounced, Note: new LocalizedText("Date to be announced", null));

        var evt = Events.Create(Events.Content(schedule: schedule));

        Assert.Null(evt.WindowStart);
        Assert.Null(evt.WindowEnd);
        Assert.Equal(ScheduleKind.ToBeAnnounced, evt.Schedule.Kind);
    }

    [Fact]
    public void Normalize_WhenToBeAnnouncedHasDatesAndInstants_KeepsOnlyTheNote()
    {
        var note = new LocalizedText("Date to be announced", null);
        var schedule = Events.AfternoonSeminar with
        {
            Kind = ScheduleKind.ToBeAnnounced,
            StartDate = new DateOnly(2023, 8, 25),
            Note = note,
        };

        var normalized = schedule.Normalize(HongKong).Value;

        Assert.Equal(new EventSchedule(ScheduleKind.ToBeAnnounced, Note: note), normalized);
    }

    [Fact]
    public void Normalize_WhenKindIsUnknown_IsRefusedOnKind()
    {
        var schedule = Events.AfternoonSeminar with { Kind = (ScheduleKind)42 };

        AssertInvalid(schedule.Normalize(HongKong), "schedule.kind");
    }

    [Fact]
    public void Update_WhenScheduleChangesToBeAnnounced_ClearsTheWindow()
    {
        var evt = Events.Create();
        Assert.NotNull(evt.WindowStart);

        var result = evt.Update(evt.Slug, Events.Content(schedule: new EventSchedule(ScheduleKind.ToBeAnnounced)));

        Assert.True(result.IsSuccess);
        Assert.Null(evt.WindowStart);
        Assert.Null(evt.WindowEnd);
    }

    private static void AssertInvalid(Result result, string field)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Equal(ErrorKind.Validation, result.Error.Kind);
        Assert.Equal(field, result.Error.Field);
    }
}
