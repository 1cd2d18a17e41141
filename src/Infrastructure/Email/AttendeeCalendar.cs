using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Scc.Domain.Events;
using IcalStatus = Ical.Net.EventStatus;

namespace Scc.Infrastructure.Email;

/// <summary>
/// The event as an <c>.ics</c> attachment for someone with a seat: the same UID as the public feeds, so a calendar that
/// holds both sees one event, and the event's SEQUENCE, so an update replaces what was imported. A cancelled event (or
/// registration) goes as METHOD:CANCEL. Only dated events have one: a calendar cannot hold "to be announced".
/// </summary>
public static class AttendeeCalendar
{
    public const string ContentType = "text/calendar";

    /// <summary>The calendar's bytes, or null when the event has no date to put in a calendar.</summary>
    public static byte[]? Write(Event evt, string language, bool cancelled, string uid)
    {
        var entry = new CalendarEvent
        {
            Uid = uid,
            Sequence = evt.CalendarSequence,
            Summary = evt.Title.Resolve(language).Text ?? "",
            Location = Location(evt, language),
            DtStamp = new CalDateTime(evt.UpdatedAt.UtcDateTime, "UTC", true),
            Status = cancelled ? IcalStatus.Cancelled : IcalStatus.Confirmed,
        };
        if (evt.OnlineUrl is { } online) entry.Url = online;
        var calendar = new Calendar { ProductId = "-//Smart City Consortium//SCC Platform API//EN", Method = cancelled ? "CANCEL" : "PUBLISH" };
        switch (evt.Schedule)
        {
            case { Kind: ScheduleKind.Timed, StartsAt: { } startsAt, EndsAt: { } endsAt }:
                var zone = TimeZoneInfo.FindSystemTimeZoneById(evt.TimeZone);
                calendar.AddTimeZone(evt.TimeZone);
                entry.DtStart = new CalDateTime(TimeZoneInfo.ConvertTime(startsAt, zone).DateTime, evt.TimeZone, true);
                entry.DtEnd = new CalDateTime(TimeZoneInfo.ConvertTime(endsAt, zone).DateTime, evt.TimeZone, true);
                break;
            case { Kind: ScheduleKind.AllDay, StartDate: { } first } schedule:
                // DTEND of a DATE event is exclusive: the day after the last day.
                entry.DtStart = new CalDateTime(first);
                entry.DtEnd = new CalDateTime((schedule.EndDate ?? first).AddDays(1));
                break;
            default:
                return null;
        }
        calendar.Events.Add(entry);
        return new UTF8Encoding(false).GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static string? Location(Event evt, string language)
    {
        if (evt.Venue is { } venue)
            return string.Join(", ", new[] { venue.Name, venue.Address, venue.City }.Select(t => t?.Resolve(language).Text).Where(t => !string.IsNullOrWhiteSpace(t)));
        return evt.OnlineUrl?.ToString();
    }
}
