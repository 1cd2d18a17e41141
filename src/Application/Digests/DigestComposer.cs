using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Lookups;
using Scc.Application.Events;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Digests;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.People;

namespace Scc.Application.Digests;

/// <summary>
/// Reads the published events, delegations and MoUs of a period and writes them up as digest items; which
/// section and order they take is <see cref="DigestRules"/>' decision.
/// </summary>
public static class DigestComposer
{
    public static async Task<ComposedDigest> ComposeAsync(
        IAppDbContext db, DigestSettings settings, DigestPeriod period, IReadOnlyList<DigestItemChoice> choices, CancellationToken cancellationToken)
    {
        var home = HomeCalendar.Zone;
        var (start, _, _) = period.Instants(home);
        var consortiumId = await db.Organisations.AsNoTracking().Where(o => o.Slug == settings.ConsortiumSlug)
            .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);

        // Events not over before the period: those after it may still have a deadline within it, and undated
        // ones may have one too. Delegations and MoUs by their days, a day either side for time zones.
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && (e.WindowEnd == null || e.WindowEnd > start))
            .ToListAsync(cancellationToken);
        var delegations = await db.Delegations.AsNoTracking()
            .Where(d => d.Status == DelegationStatus.Published && d.EndDate >= period.From.AddDays(-1) && d.StartDate <= period.To.AddDays(1))
            .ToListAsync(cancellationToken);
        var mous = await db.Mous.AsNoTracking()
            .Where(m => m.Visibility == MouVisibility.Published && m.SignedOn >= period.From && m.SignedOn <= period.To)
            .ToListAsync(cancellationToken);

        var candidates = events.Select(e => new DigestCandidate(DigestItemKind.Event, e.Id, e.WindowStart, e.WindowEnd, e.Registration.ClosesAt,
                e.Organisations.Any(o => o.OrganisationId == consortiumId && o.Role is OrganisationRole.Organiser or OrganisationRole.CoOrganiser),
                e.Title.En ?? e.Title.ZhHant ?? e.Slug))
            .Concat(delegations.Select(d => new DigestCandidate(DigestItemKind.Delegation, d.Id, Day(d.StartDate, d.TimeZone), Day(d.EndDate.AddDays(1), d.TimeZone), null,
                d.Participants.Any(p => p.OrganisationId == consortiumId && p.Role is ParticipantRole.Organiser or ParticipantRole.Leader),
                d.Title.En ?? d.Title.ZhHant ?? d.Slug)))
            .Concat(mous.Select(m => new DigestCandidate(DigestItemKind.Mou, m.Id, DigestPeriod.StartOfDay(m.SignedOn, home), DigestPeriod.StartOfDay(m.SignedOn.AddDays(1), home), null,
                m.PartyOrganisationIds.Contains(consortiumId ?? Guid.Empty), m.Title.En ?? m.Title.ZhHant ?? m.Slug)));
        var composed = DigestRules.Compose(candidates, period, home);
        var arranged = DigestRules.Arrange(composed, choices);

        var eventsById = events.ToDictionary(e => e.Id);
        var delegationsById = delegations.ToDictionary(d => d.Id);
        var mousById = mous.ToDictionary(m => m.Id);
        var shownEvents = arranged.Where(a => a.Kind == DigestItemKind.Event).Select(a => eventsById[a.Id]).ToList();
        var shownDelegations = arranged.Where(a => a.Kind == DigestItemKind.Delegation).Select(a => delegationsById[a.Id]).ToList();
        var shownMous = arranged.Where(a => a.Kind == DigestItemKind.Mou).Select(a => mousById[a.Id]).ToList();

        var directory = await DirectoryEntries.LoadAsync(db,
            shownDelegations.SelectMany(d => d.Participants.Select(p => p.PersonId))
                .Concat(shownEvents.SelectMany(e => e.PersonIds.Select(id => (Guid?)id)))
                .Concat(shownMous.SelectMany(m => m.Parties.Select(p => p.Signatory?.PersonId))),
            shownEvents.SelectMany(e => e.Organisations.Select(o => (Guid?)o.OrganisationId))
                .Concat(shownDelegations.SelectMany(d => d.OrganisationIds.Select(id => (Guid?)id)))
                .Concat(shownMous.SelectMany(m => m.PartyOrganisationIds.Select(id => (Guid?)id)).Append(null))
                .Concat(shownMous.Select(m => m.FacilitatorOrganisationId)),
            cancellationToken);
        // Titles name their organisation: the people's appointments refer to organisations not loaded yet.
        var appointmentOrganisations = await DirectoryEntries.LoadAsync(db, [],
            shownDelegations.SelectMany(d => d.PersonIds).Concat(shownEvents.SelectMany(e => e.PersonIds)).Concat(shownMous.SelectMany(m => m.Parties.Select(p => p.Signatory?.PersonId).OfType<Guid>()))
                .Select(id => directory.Person(id)).OfType<Person>().SelectMany(p => p.Appointments.Select(a => a.OrganisationId)),
            cancellationToken);

        var fundingIds = shownEvents.SelectMany(e => e.Funding.Select(f => f.FundingProgrammeId)).Distinct().ToList();
        var funding = await db.FundingProgrammes.AsNoTracking().Where(f => fundingIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var parentIds = shownEvents.Select(e => e.ParentEventId).OfType<Guid>().Distinct().ToList();
        var parents = await db.Events.AsNoTracking().Where(e => parentIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Title }).ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
        var seriesIds = shownEvents.Select(e => e.SeriesId).OfType<Guid>().Distinct().ToList();
        var series = await db.EventSeries.AsNoTracking().Where(s => seriesIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Title }).ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);

        var writer = new ItemWriter(consortiumId, directory, appointmentOrganisations, funding, parents, series);
        var items = arranged.Select(entry => entry.Kind switch
        {
            DigestItemKind.Event => writer.Event(eventsById[entry.Id], entry),
            DigestItemKind.Delegation => writer.Delegation(delegationsById[entry.Id], entry),
            _ => writer.Mou(mousById[entry.Id], entry),
        }).ToList();
        return new ComposedDigest(
            [.. items.Where(i => i.Section == DigestSection.Review)],
            [.. items.Where(i => i.Section == DigestSection.Upcoming)],
            [.. composed.Select(c => (c.Kind, c.Id))]);
    }

    private static DateTimeOffset Day(DateOnly day, string timeZone) =>
        DigestPeriod.StartOfDay(day, Event.TryFindTimeZone(timeZone, out var zone) ? zone : HomeCalendar.Zone);


    private sealed class ItemWriter(
        Guid? consortiumId,
        DirectoryEntries directory,
        DirectoryEntries appointmentOrganisations,
        Dictionary<Guid, Domain.Programmes.FundingProgramme> funding,
        Dictionary<Guid, LocalizedText> parents,
        Dictionary<Guid, LocalizedText> series)
    {
        public DigestItem Event(Event e, DigestEntry entry)
        {
            var organisations = e.Organisations.Select(o => Organisation(o.OrganisationId, EnumName.Of(o.Role))).ToList();
            return Common(entry, e.Slug, $"/api/v1/events/{e.Id}") with
            {
                EventType = e.Type,
                Format = e.Format,
                Title = e.Title,
                Summary = e.Summary,
                TimeZone = e.TimeZone,
                Schedule = e.Schedule,
                Places = e.Venue is { } venue ? [venue] : [],
                OnlinePlatform = e.OnlinePlatform,
                SccRoles = [.. e.Organisations.Where(o => o.OrganisationId == consortiumId).Select(o => EnumName.Of(o.Role))],
                Organisations = organisations,
                People = [.. e.Speakers.Select(s => Speaker(s, e, null)).OfType<DigestPerson>()],
                Sessions = [.. e.Sessions.Select(s => new DigestSession(s.Day(), s.StartsAt, s.EndsAt, s.Title, s.Room,
                    [.. (s.Speakers ?? []).Select(speaker => Speaker(speaker, e, s.Day())).OfType<DigestPerson>()]))],
                Highlights = e.Highlights,
                Outcomes = e.Outcomes,
                Registration = entry.Section == DigestSection.Upcoming && e.Registration.Mode != RegistrationMode.None
                    ? new DigestRegistration(e.Registration.Mode,
                        e.Registration.Mode == RegistrationMode.Internal ? new Uri($"/api/v1/events/{e.Id}/registrations", UriKind.Relative) : e.Registration.Url,
                        e.Registration.OpensAt, e.Registration.ClosesAt, e.Registration.IsFree, e.Registration.Capacity, e.Registration.Note,
                        e.Registration.Kinds is { Count: > 0 } kinds ? kinds : [Domain.Registrations.RegistrationKind.Attendee])
                    : null,
                Contacts = entry.Section == DigestSection.Upcoming ? e.Contacts : [],
                WebsiteUrl = e.WebsiteUrl,
                PartOf = e.ParentEventId is { } parentId && parents.TryGetValue(parentId, out var parentTitle) ? new DigestReference(parentId, parentTitle) : null,
                Series = e.SeriesId is { } seriesId && series.TryGetValue(seriesId, out var seriesTitle) ? new DigestReference(seriesId, seriesTitle, e.SeriesPosition) : null,
                Funding = [.. e.Funding.Select(f => funding.TryGetValue(f.FundingProgrammeId, out var programme)
                    ? new FundingNoticeResponse { FundingProgrammeId = programme.Id, Acronym = programme.Acronym, Name = programme.Name, Disclaimer = programme.Disclaimer }
                    : new FundingNoticeResponse { FundingProgrammeId = f.FundingProgrammeId })],
            };
        }

        public DigestItem Delegation(Delegation d, DigestEntry entry)
        {
            var organisationIds = d.OrganisationIds.ToList();
            return Common(entry, d.Slug, $"/api/v1/delegations/{d.Id}") with
            {
                Title = d.Title,
                Summary = d.Purpose,
                TimeZone = d.TimeZone,
                Schedule = new EventSchedule(ScheduleKind.AllDay, StartDate: d.StartDate, EndDate: d.EndDate),
                Places = [.. d.Destinations.Select(x => new Venue(x.City, null, x.City, x.CountryCode))],
                SccRoles = [.. d.Participants.Where(p => p.OrganisationId is { } org && org == consortiumId).Select(p => EnumName.Of(p.Role))
                    .Concat(d.Itinerary.Where(i => i.HostOrganisationId is { } org && org == consortiumId).Select(_ => "host")).Distinct()],
                Organisations = [.. d.Participants.Where(p => p.OrganisationId is not null).Select(p => Organisation(p.OrganisationId!.Value, EnumName.Of(p.Role)))],
                People = [.. d.Participants.Where(p => p.PersonId is not null)
                    .OrderBy(p => p.Role == ParticipantRole.Leader ? 0 : 1)
                    .Select(p => Person(p.PersonId!.Value, EnumName.Of(p.Role), d.StartDate, organisationIds, null, p.Group))
                    .OfType<DigestPerson>()],
                Highlights = d.Highlights,
                Outcomes = d.Outcomes,
            };
        }

        public DigestItem Mou(Mou m, DigestEntry entry)
        {
            var parties = m.PartyOrganisationIds.ToList();
            return Common(entry, m.Slug, $"/api/v1/mous/{m.Id}") with
            {
                Title = m.Title,
                Summary = m.Purpose,
                TimeZone = HomeCalendar.Zone.Id,
                Schedule = new EventSchedule(ScheduleKind.AllDay, StartDate: m.SignedOn, EndDate: m.SignedOn),
                Places = m.SignedAt is { } place ? [new Venue(place.Place, null, place.Place, place.CountryCode)] : [],
                SccRoles = MouRoles(consortiumId is { } scc && parties.Contains(scc), consortiumId is not null && m.FacilitatorOrganisationId == consortiumId),
                Organisations = [.. m.Parties.Select(p => Organisation(p.OrganisationId, "party"))
                    .Concat(m.FacilitatorOrganisationId is { } facilitator ? [Organisation(facilitator, "facilitator")] : [])],
                People = [.. m.Parties.Where(p => p.Signatory is not null).Select(p => Signatory(p, m.SignedOn, parties)).OfType<DigestPerson>()],
            };
        }

        private static List<string> MouRoles(bool party, bool facilitator)
        {
            var roles = new List<string>();
            if (party) roles.Add("party");
            if (facilitator) roles.Add("facilitator");
            return roles;
        }

        private static DigestItem Common(DigestEntry entry, string slug, string url) => new()
        {
            Kind = entry.Kind,
            Id = entry.Id,
            Slug = slug,
            Url = url,
            Section = entry.Section,
            Group = entry.Group,
            Pinned = entry.Pinned,
            Title = new LocalizedText(null, null),
            TimeZone = HomeCalendar.Zone.Id,
            Schedule = new EventSchedule(ScheduleKind.ToBeAnnounced),
        };

        private DigestOrganisation Organisation(Guid id, string role)
        {
            var organisation = directory.Organisation(id);
            return new DigestOrganisation(id, role, organisation?.Name, organisation?.Acronym);
        }

        private DigestOrganisation? TitleOrganisation(Guid? id) =>
            (directory.Organisation(id) ?? appointmentOrganisations.Organisation(id)) is { } organisation
                ? new DigestOrganisation(organisation.Id, "appointment", organisation.Name, organisation.Acronym)
                : null;

        private DigestPerson? Person(Guid personId, string role, DateOnly on, IReadOnlyCollection<Guid> itemOrganisations, LocalizedText? title, LocalizedText? group)
        {
            if (directory.Person(personId) is not { } person) return null;
            var held = DigestTitles.Choose(person.Appointments, on, itemOrganisations, consortiumId);
            return new DigestPerson(person.Id, person.Name, person.Honorific, title ?? held?.Title, role,
                title is null ? TitleOrganisation(held?.OrganisationId) : null, group);
        }

        /// <summary>A directory person with the title held on the session's or the event's first day (unless the event prints one), else the named guest.</summary>
        private DigestPerson? Speaker(Speaker speaker, Event e, DateOnly? sessionDay)
        {
            var role = EnumName.Of(speaker.Role);
            var day = sessionDay ?? e.Schedule.FirstDay();
            if (speaker.PersonId is { } personId && day is { } on &&
                Person(personId, role, on, [.. e.Organisations.Select(o => o.OrganisationId)], speaker.Title, null) is { } person)
                return speaker.Honorific is { } honorific ? person with { Honorific = honorific } : person;
            return speaker.Name is { } name ? new DigestPerson(null, name, speaker.Honorific, speaker.Title, role) : null;
        }

        private DigestPerson? Signatory(MouParty party, DateOnly signedOn, IReadOnlyCollection<Guid> parties)
        {
            var signatory = party.Signatory!;
            if (signatory.PersonId is { } personId && Person(personId, "signatory", signedOn, [party.OrganisationId], signatory.Title, null) is { } person)
                return person with { Organisation = TitleOrganisation(party.OrganisationId) };
            return signatory.Name is { } name
                ? new DigestPerson(null, name, null, signatory.Title, "signatory", TitleOrganisation(party.OrganisationId))
                : null;
        }
    }
}
