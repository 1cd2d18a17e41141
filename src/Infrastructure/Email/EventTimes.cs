using System.Globalization;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Infrastructure.Email;

/// <summary>
/// An event's date and time as a registrant reads it: in the event's own zone, named with its UTC offset, in English
/// or Traditional Chinese.
/// </summary>
public static class EventTimes
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-HK");

    public static string Describe(EventSchedule schedule, string timeZoneId, string language)
    {
        var chinese = language == LocalizedText.TraditionalChinese;
        var culture = chinese ? ChineseCulture : EnglishCulture;
        switch (schedule)
        {
            case { Kind: ScheduleKind.Timed, StartsAt: { } startsAt, EndsAt: { } endsAt }:
                var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
                var start = TimeZoneInfo.ConvertTime(startsAt, zone);
                var end = TimeZoneInfo.ConvertTime(endsAt, zone);
                var day = chinese ? "yyyy年M月d日(dddd)" : "dddd d MMMM yyyy";
                var range = start.Date == end.Date
                    ? $"{start.ToString(day, culture)} {Clock(start)}–{Clock(end)}"
                    : $"{start.ToString(day, culture)} {Clock(start)} – {end.ToString(day, culture)} {Clock(end)}";
                return $"{range} ({timeZoneId}, UTC{Offset(start.Offset)})";
            case { Kind: ScheduleKind.AllDay, StartDate: { } first }:
                return Days(first, schedule.EndDate ?? first, chinese, culture);
            case { Kind: ScheduleKind.Tentative, StartDate: { } earliest }:
                var span = Days(earliest, schedule.EndDate ?? earliest, chinese, culture);
                return chinese ? $"日期待定({span}之間)" : $"Date to be confirmed (between {span})";
            default:
                return chinese ? "日期待公布" : "Date to be announced";
        }
    }

    private static string Days(DateOnly first, DateOnly last, bool chinese, CultureInfo culture)
    {
        var format = chinese ? "yyyy年M月d日(dddd)" : "dddd d MMMM yyyy";
        return first == last
            ? first.ToString(format, culture)
            : chinese ? $"{first.ToString(format, culture)}至{last.ToString(format, culture)}" : $"{first.ToString(format, culture)} to {last.ToString(format, culture)}";
    }

    private static string Clock(DateTimeOffset time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
