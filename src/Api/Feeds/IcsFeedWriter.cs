using System.Text;
using System.Xml;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Scc.Application.Feeds;
using Scc.Domain.Common;
using Scc.Domain.Events;
using EventStatus = Scc.Domain.Events.EventStatus;
using IcalStatus = Ical.Net.EventStatus;

namespace Scc.Api.Feeds;

/// <summary>
/// Feed items as iCalendar (RFC 5545): one VEVENT per dated event, with a UID that never changes and a SEQUENCE raised
/// at every change of its time, place or status (so that calendar apps replace what they hold), timed events in their
/// own zone (TZID with its VTIMEZONE), all-day and tentative ones as whole dates. Events without a date yet are left
/// out: a calendar cannot show them.
/// </summary>
public static class IcsFeedWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <param name="refreshInterval">
    /// For a feed to subscribe to: how often calendar apps should fetch it again (REFRESH-INTERVAL, RFC 7986, and
    /// X-PUBLISHED-TTL, which Outlook and Apple Calendar read); null for a file to import once.
    /// </param>
    public static byte[] Write(IEnumerable<FeedEvent> items, string language, string name, CalendarSettings settings, TimeSpan? refreshInterval)
    {
        var calendar = new Calendar { ProductId = "-//Smart City Consortium//SCC Platform API//EN", Method = "PUBLISH" };
        calendar.AddProperty("NAME", name);
        calendar.AddProperty("X-WR-CALNAME", name);
        if (refreshInterval is { } interval)
        {
            var duration = XmlConvert.ToString(TimeSpan.FromSeconds(Math.Round(interval.TotalSeconds)));
            var refresh = new CalendarProperty("REFRESH-INTERVAL", duration);
            refresh.AddParameter("VALUE", "DURATION");
            calendar.AddProperty(refresh);
            calendar.AddProperty("X-PUBLISHED-TTL", duration);
        }
        foreach (var item in items)
        {
            if (item.Schedule.Kind == ScheduleKind.ToBeAnnounced) continue;
            var evt = new CalendarEvent
            {
                Uid = settings.UidOf(item.Id),
                Sequence = item.CalendarSequence,
                Summary = item.Title,
                Description = Description(item, language),
                Location = Location(item),
                Url = item.WebsiteUrl ?? item.Url,
                DtStamp = Utc(item.UpdatedAt),
                LastModified = Utc(item.UpdatedAt),
                Status = item.Status == EventStatus.Cancelled ? IcalStatus.Cancelled
                    : item.Schedule.Kind == ScheduleKind.Tentative || item.Status == EventStatus.Postponed ? IcalStatus.Tentative
                    : IcalStatus.Confirmed,
            };
            if (item.Schedule is { Kind: ScheduleKind.Timed, StartsAt: { } startsAt, EndsAt: { } endsAt })
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(item.TimeZone);
                if (!calendar.TimeZones.Any(z => z.TzId == item.TimeZone)) calendar.AddTimeZone(item.TimeZone);
                evt.DtStart = new CalDateTime(TimeZoneInfo.ConvertTime(startsAt, zone).DateTime, item.TimeZone, true);
                evt.DtEnd = new CalDateTime(TimeZoneInfo.ConvertTime(endsAt, zone).DateTime, item.TimeZone, true);
            }
            else if (item.Schedule is { StartDate: { } startDate } schedule)
            {
                // DTEND of a DATE event is exclusive: the day after the last day.
                evt.DtStart = new CalDateTime(startDate);
                evt.DtEnd = new CalDateTime((schedule.EndDate ?? startDate).AddDays(1));
            }
            else
            {
                continue;
            }
            calendar.Events.Add(evt);
        }
        return new UTF8Encoding(false).GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime, "UTC", true);

    private static string Description(FeedEvent item, string language)
    {
        var zh = language == LocalizedText.TraditionalChinese;
        var parts = new List<string>();
        if (item.Status == EventStatus.Cancelled) parts.Add((zh ? "已取消" : "Cancelled") + (item.StatusNote is { } n ? $": {n}" : "."));
        else if (item.Status == EventStatus.Postponed) parts.Add((zh ? "已延期" : "Postponed") + (item.StatusNote is { } n ? $": {n}" : "."));
        if (item.Summary is { } summary) parts.Add(summary);
        if (item.Schedule.Kind == ScheduleKind.Tentative)
            parts.Add((zh ? "日期未定" : "Date to be confirmed") + (item.Schedule.Note is { } note ? $": {note}" : "."));
        else if (item.Schedule.Note is { } note) parts.Add(note);
        if (item.Sessions.Count > 0)
        {
            // The agenda as the event's zone reads it: each session's day once, then its times when known, title and room.
            var agenda = new List<string> { zh ? "議程：" : "Agenda:" };
            foreach (var day in item.Sessions.GroupBy(s => s.Date))
            {
                agenda.Add(day.Key.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                agenda.AddRange(day.Select(s =>
                    (s.StartsAt is { } starts && s.EndsAt is { } ends
                        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{starts:HH:mm}–{ends:HH:mm} ")
                        : "") + s.Title + (s.Room is { } room ? $" ({room})" : "")));
            }
            parts.Add(string.Join("\n", agenda));
        }
        if (item.Registration.Url is { } registration) parts.Add((zh ? "登記：" : "Register: ") + registration);
        parts.AddRange(item.FundingProgrammes.Select(f => f.Disclaimer).OfType<string>());
        return string.Join("\n\n", parts);
    }

    private static string? Location(FeedEvent item)
    {
        var parts = new[] { item.Venue?.Name, item.Venue?.Address, item.Venue?.City }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (parts.Count > 0) return string.Join(", ", parts);
        return item.Format == EventFormat.Online ? "Online" : null;
    }
}
