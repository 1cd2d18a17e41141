using System.Globalization;
using Scc.Application.Images;
using Scc.Domain.Common;
using Scc.Domain.Events;

namespace Scc.Application.Feeds;

/// <summary>Turns a projected event into a feed item: texts in one language, links, registration availability.</summary>
public static class FeedEventBuilder
{
    public static FeedEvent Build(FeedEventRow row, int seatsTaken, string language, Uri baseUrl, DateTimeOffset now)
    {
        var fallback = new List<string>();
        string? Text(LocalizedText? text, string field)
        {
            if (text is null) return null;
            var (resolved, servedIn) = text.Resolve(language);
            if (servedIn is not null && servedIn != language) fallback.Add(field);
            return resolved;
        }

        var eventUrl = new Uri(baseUrl, $"api/v1/events/{row.Id}");
        return new FeedEvent
        {
            Id = row.Id,
            Slug = row.Slug,
            Url = eventUrl,
            CalendarUrl = new Uri(baseUrl, $"api/v1/events/{row.Id}.ics"),
            Title = Text(row.Title, "title") ?? row.Slug,
            Summary = Text(row.Summary, "summary"),
            Type = row.Type,
            Format = row.Format,
            Status = row.Status,
            StatusNote = Text(row.StatusNote, "statusNote"),
            TimeZone = row.TimeZone,
            Schedule = new FeedSchedule(row.Schedule.Kind, row.Schedule.StartsAt, row.Schedule.EndsAt,
                row.Schedule.StartDate, row.Schedule.EndDate, Text(row.Schedule.Note, "schedule.note")),
            Venue = row.Venue is { } venue
                ? new FeedVenue(Text(venue.Name, "venue.name"), Text(venue.Address, "venue.address"), Text(venue.City, "venue.city"), venue.CountryCode)
                : null,
            ImageUrl = row.ImageUrl,
            Poster = row.Poster is { } poster ? FeedImage.From(ImageResponse.From(poster, baseUrl), Text(poster.Alt, "poster.alt")) : null,
            WebsiteUrl = row.WebsiteUrl,
            Registration = new FeedRegistration(
                Availability(row.Registration, row.Status, row.WindowEnd, seatsTaken, now),
                row.Registration.Mode == RegistrationMode.None ? null : row.Registration.Url,
                row.Registration.OpensAt is { } opens && opens > now ? opens : null,
                row.Registration.Mode == RegistrationMode.None ? null : row.Registration.ClosesAt,
                row.Registration.IsFree),
            Tags = row.Tags,
            Sessions = [.. row.Sessions.Select((s, i) => new FeedSession(s.Day(), s.StartsAt, s.EndsAt,
                Text(s.Title, Indexed("sessions", i, "title")) ?? "", Text(s.Room, Indexed("sessions", i, "room"))))],
            Organisations = [.. row.Organisations.Select((o, i) =>
                new FeedOrganisation(o.OrganisationId, o.Role, o.Acronym, Text(o.Name, Indexed("organisations", i, "name"))))],
            FundingProgrammes = [.. row.FundingProgrammes.Select((f, i) => new FeedFundingNotice(f.FundingProgrammeId, f.Acronym,
                Text(f.Name, Indexed("fundingProgrammes", i, "name")), Text(f.Disclaimer, Indexed("fundingProgrammes", i, "disclaimer"))))],
            UpdatedAt = row.UpdatedAt,
            CalendarSequence = row.CalendarSequence,
            Fallback = fallback,
            WindowStart = row.WindowStart,
        };
    }

    /// <summary>From the registration settings, the clock and the seats taken (confirmed or attended attendees).</summary>
    public static FeedAvailability Availability(RegistrationSettings registration, EventStatus status, DateTimeOffset? windowEnd, int seatsTaken, DateTimeOffset now) =>
        registration.Mode switch
        {
            RegistrationMode.None => FeedAvailability.None,
            _ when status == EventStatus.Cancelled => FeedAvailability.Closed,
            RegistrationMode.External => FeedAvailability.External,
            _ when registration.ClosesAt is { } closes && closes <= now => FeedAvailability.Closed,
            _ when windowEnd is { } end && end <= now => FeedAvailability.Closed,
            _ when registration.OpensAt is { } opens && opens > now => FeedAvailability.NotYetOpen,
            _ when registration.Capacity is { } capacity && seatsTaken >= capacity =>
                registration.WaitingList ? FeedAvailability.Waitlist : FeedAvailability.Full,
            _ => FeedAvailability.Open,
        };

    private static string Indexed(string list, int index, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{field}");
}
