using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Domain.Tests.Events;

/// <summary>Valid event content and events in each status, for tests to vary one thing at a time.</summary>
internal static class Events
{
    public const string HongKong = "Asia/Hong_Kong";

    public static readonly TimeSpan HongKongOffset = TimeSpan.FromHours(8);

    /// <summary>25 August 2023, 4-6 p.m. in Hong Kong.</summary>
    public static EventSchedule AfternoonSeminar { get; } = new(
        ScheduleKind.Timed,
        StartsAt: new DateTimeOffset(2023, 8, 25, 16, 0, 0, HongKongOffset),
        EndsAt: new DateTimeOffset(2023, 8, 25, 18, 0, 0, HongKongOffset));

    public static EventContent Content(
        string timeZone = HongKong,
        EventSchedule? schedule = null,
        EventFormat format = EventFormat.InPerson,
        Venue? venue = null,
        Guid? parentEventId = null,
        Guid? seriesId = null,
        int? seriesPosition = null,
        IReadOnlyList<string>? tags = null,
        RegistrationSettings? registration = null) => new(
            EventType.Seminar,
            format,
            new LocalizedText("Hong Kong Smart City Seminar", "香港智慧城市研討會"),
            Summary: null,
            Description: null,
            timeZone,
            schedule ?? AfternoonSeminar,
            venue,
            OnlineUrl: null,
            OnlinePlatform: null,
            parentEventId,
            seriesId,
            seriesPosition,
            Speakers: [],
            Outcomes: [],
            Highlights: [],
            tags ?? [],
            registration ?? RegistrationSettings.None,
            Contacts: [],
            WebsiteUrl: null,
            ImageUrl: null,
            Organisations: [],
            FundingProgrammeIds: [],
            ProgrammeId: null);

    public static Event Create(EventContent? content = null)
    {
        var created = Event.Create(Guid.NewGuid(), "hong-kong-smart-city-seminar", content ?? Content());
        Assert.True(created.IsSuccess, created.Error?.Description);
        return created.Value;
    }

    public static Event InStatus(EventStatus status)
    {
        var evt = Create();
        var moved = status switch
        {
            EventStatus.Draft => Result.Success(),
            EventStatus.Published => evt.Publish(DateTimeOffset.UtcNow),
            EventStatus.Postponed => Then(evt.Publish(DateTimeOffset.UtcNow), () => evt.Postpone(null)),
            EventStatus.Cancelled => evt.Cancel(null),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        Assert.True(moved.IsSuccess, moved.Error?.Description);
        Assert.Equal(status, evt.Status);
        return evt;
    }

    private static Result Then(Result first, Func<Result> second) => first.IsSuccess ? second() : first;
}
