using Scc.Application.Events.CreateEvent;
using Scc.Application.Events.UpdateEvent;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Tests.Events;

/// <summary>Valid event bodies with only the required members, for tests to vary one field at a time.</summary>
internal static class EventBodies
{
    public static readonly TimeSpan HongKongOffset = TimeSpan.FromHours(8);

    /// <summary>25 August 2023, 4-6 p.m. in Hong Kong.</summary>
    public static EventSchedule Timed { get; } = new(
        ScheduleKind.Timed,
        StartsAt: new DateTimeOffset(2023, 8, 25, 16, 0, 0, HongKongOffset),
        EndsAt: new DateTimeOffset(2023, 8, 25, 18, 0, 0, HongKongOffset));

    public static LocalizedText Title { get; } = new("Hong Kong Smart City Seminar", "香港智慧城市研討會");

    public static CreateEventCommand Create() => new()
    {
        Type = EventType.Seminar,
        Format = EventFormat.InPerson,
        Title = Title,
        TimeZone = "Asia/Hong_Kong",
        Schedule = Timed,
    };

    public static UpdateEventCommand Update() => new()
    {
        Id = Guid.NewGuid(),
        Type = EventType.Seminar,
        Format = EventFormat.InPerson,
        Title = Title,
        TimeZone = "Asia/Hong_Kong",
        Schedule = Timed,
    };

    /// <summary>English text of exactly <paramref name="length"/> characters.</summary>
    public static LocalizedText English(int length) => new(new string('a', length), null);

    /// <summary>Chinese text of exactly <paramref name="length"/> characters.</summary>
    public static LocalizedText Chinese(int length) => new(null, new string('智', length));

    public static LocalizedText Empty { get; } = new(null, " ");

    public static Speaker SampleSpeaker { get; } = new(new LocalizedText("Dr Lee", "李博士"), SpeakerRole.Speaker);

    public static Outcome SampleOutcome { get; } = new(new LocalizedText("Over 2,000 business visitors", null), 2000, OutcomeUnit.Count, OutcomeQualifier.MoreThan);

    public static EnquiryContact SampleContact { get; } = new(new LocalizedText("Ms Chan", null), "+852 2123 4567", "events@example.org");

    public static Venue SampleVenue { get; } = new(new LocalizedText("Hong Kong Convention and Exhibition Centre", null), CountryCode: "HK");

    public static IReadOnlyList<T> Many<T>(T item, int count) => [.. Enumerable.Repeat(item, count)];
}
