using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Scc.Application.Common;
using Scc.Application.Delegations.ChangeDelegationStatus;
using Scc.Application.Delegations.CreateDelegation;
using Scc.Application.Events.ChangeEventStatus;
using Scc.Application.Events.CreateEvent;
using Scc.Application.Mous.CreateMou;
using Scc.Application.Mous.PublishMou;
using Scc.Application.Organisations.CreateOrganisation;
using Scc.Application.Partnerships.CreatePartnership;
using Scc.Application.Series.CreateEventSeries;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Events;
using Scc.Domain.Mous;
using Scc.Domain.Organisations;
using Scc.Domain.Partnerships;
using Scc.Domain.People;
using Scc.Domain.Programmes;

namespace Scc.Infrastructure.Persistence.Seed;

/// <summary>
/// Loads the 2023 Q3 newsletter into an empty database: its organisations, people, funding programmes and
/// programmes, then its events with their organisations in roles. Records go through the same commands
/// and domain rules as API requests, so the demo data is valid data.
/// </summary>
public sealed partial class NewsletterSeeder(AppDbContext db, ISender sender, ILogger<NewsletterSeeder> logger)
{
    private const string EventsResource = "Scc.Infrastructure.Persistence.Seed.newsletter-2023-q3.json";
    private const string DirectoryResource = "Scc.Infrastructure.Persistence.Seed.directory-2023-q3.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads the data unless the database already has events; returns how many events it created.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(cancellationToken)) return 0;

        var directory = await ReadAsync<DirectorySeedFile>(DirectoryResource, cancellationToken);
        var ids = await SeedDirectoryAsync(directory, cancellationToken);
        var events = await ReadAsync<EventSeedFile>(EventsResource, cancellationToken);
        var created = await SeedEventsAsync(events, directory.EventLinks, ids, cancellationToken);
        await SeedPartnershipsAsync(directory.Partnerships, ids, cancellationToken);
        await SeedDelegationsAndMousAsync(directory, ids, cancellationToken);
        LogSeeded(ids.Organisations.Count, ids.People.Count, created, directory.Partnerships.Count);
        return created;
    }

    private async Task<SeedIds> SeedDirectoryAsync(DirectorySeedFile file, CancellationToken cancellationToken)
    {
        var ids = new SeedIds();
        foreach (var o in file.Organisations)
        {
            if (DemoDataIds.OrganisationsBySlug.TryGetValue(o.Slug, out var fixedId))
            {
                db.Organisations.Add(Organisation.Create(fixedId, o.Slug, new OrganisationDetails(o.Acronym, o.Name, o.Kind, o.CountryCode, null, null, o.Description)));
                ids.Organisations[o.Slug] = fixedId;
                continue;
            }
            var command = new CreateOrganisationCommand { Slug = o.Slug, Acronym = o.Acronym, Name = o.Name, Kind = o.Kind, CountryCode = o.CountryCode, Description = o.Description };
            ids.Organisations[o.Slug] = Unwrap(await sender.Send(command, cancellationToken), o.Slug).Id;
        }
        foreach (var p in file.People)
        {
            var appointments = p.Appointments.Select(a => new Appointment(a.Title, a.OrganisationSlug is null ? null : ids.Organisations[a.OrganisationSlug], a.From, a.To)).ToList();
            var person = Unwrap(Person.Create(DemoDataIds.PeopleBySlug.GetValueOrDefault(p.Slug, Guid.CreateVersion7()), p.Slug, p.Name, p.Honorific, appointments), p.Slug);
            db.People.Add(person);
            ids.People[p.Slug] = person.Id;
            if (person.Name.En is { } name) ids.PeopleByName[name] = person;
        }
        foreach (var f in file.FundingProgrammes)
        {
            var funding = FundingProgramme.Create(Guid.CreateVersion7(), f.Slug, f.Acronym, f.Name, f.FunderSlug is null ? null : ids.Organisations[f.FunderSlug], f.Disclaimer);
            db.FundingProgrammes.Add(funding);
            ids.FundingProgrammes[f.Slug] = funding.Id;
        }
        foreach (var p in file.Programmes)
        {
            var roles = p.Organisations.Select(o => new ProgrammeOrganisation(ids.Organisations[o.OrganisationSlug], o.Role)).ToList();
            var programme = Unwrap(Programme.Create(Guid.CreateVersion7(), p.Slug, p.Name, p.Description, null, roles), p.Slug);
            db.Programmes.Add(programme);
            ids.Programmes[p.Slug] = programme.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        return ids;
    }

    private async Task<int> SeedEventsAsync(EventSeedFile file, IReadOnlyList<EventLinkSeed> links, SeedIds ids, CancellationToken cancellationToken)
    {
        var seriesIds = ids.Series;
        foreach (var series in file.Series)
            seriesIds[series.Slug!] = Unwrap(await sender.Send(series, cancellationToken), series.Slug!).Id;

        var linksBySlug = links.ToDictionary(l => l.EventSlug, StringComparer.Ordinal);
        var eventIds = ids.Events;
        // Parents first, so that parts can point at them.
        foreach (var item in file.Events.OrderBy(e => e.ParentSlug is null ? 0 : 1))
        {
            var link = linksBySlug.GetValueOrDefault(item.Event.Slug ?? "");
            var command = item.Event with
            {
                ParentEventId = item.ParentSlug is null ? null : eventIds[item.ParentSlug],
                SeriesId = item.SeriesSlug is null ? null : seriesIds[item.SeriesSlug],
                SeriesPosition = item.SeriesPosition,
                Organisations = link?.Organisations.Select(o => new EventOrganisation(ids.Organisations[o.OrganisationSlug], o.Role)).ToList(),
                FundingProgrammeIds = link?.FundingProgrammeSlugs.Select(s => ids.FundingProgrammes[s]).ToList(),
                ProgrammeId = link?.ProgrammeSlug is { } programme ? ids.Programmes[programme] : null,
                Speakers = item.Event.Speakers?.Select(s => AsDirectoryPerson(s, ids)).ToList(),
                Sessions = item.Event.Sessions?.Select(session => session with { Speakers = session.Speakers?.Select(s => AsDirectoryPerson(s, ids)).ToList() }).ToList(),
            };
            var created = Unwrap(await sender.Send(command, cancellationToken), command.Slug ?? "?");
            eventIds[created.Slug] = created.Id;
            var transition = item.Status switch
            {
                EventStatus.Published => EventTransition.Publish,
                EventStatus.Cancelled => EventTransition.Cancel,
                _ => (EventTransition?)null,
            };
            if (transition is { } t)
                Unwrap(await sender.Send(new ChangeEventStatusCommand(created.Id, t, null, null), cancellationToken), created.Slug);
        }
        return eventIds.Count;
    }

    private async Task SeedPartnershipsAsync(IReadOnlyList<PartnershipSeed> partnerships, SeedIds ids, CancellationToken cancellationToken)
    {
        foreach (var p in partnerships)
        {
            var scope = new PartnershipScope(
                p.Scope.Kind,
                p.Scope.EventSlug is null ? null : ids.Events[p.Scope.EventSlug],
                p.Scope.SeriesSlug is null ? null : ids.Series[p.Scope.SeriesSlug],
                p.Scope.ProgrammeSlug is null ? null : ids.Programmes[p.Scope.ProgrammeSlug]);
            var command = new CreatePartnershipCommand
            {
                Slug = p.Slug, OrganisationId = ids.Organisations[p.OrganisationSlug], SccRole = p.SccRole, PartnerRole = p.PartnerRole,
                Scope = scope, StartDate = p.StartDate, EndDate = p.EndDate, Contact = p.Contact, Notes = p.Notes,
            };
            Unwrap(await sender.Send(command, cancellationToken), p.Slug);
        }
    }

    private async Task SeedDelegationsAndMousAsync(DirectorySeedFile file, SeedIds ids, CancellationToken cancellationToken)
    {
        Guid? Organisation(string? slug) => slug is null ? null : ids.Organisations[slug];
        Guid? Person(string? slug) => slug is null ? null : ids.People[slug];
        var delegationIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var d in file.Delegations)
        {
            var command = new CreateDelegationCommand
            {
                Slug = d.Slug, Title = d.Title, Purpose = d.Purpose, Topics = d.Topics, TimeZone = d.TimeZone,
                StartDate = d.StartDate, EndDate = d.EndDate, Destinations = d.Destinations,
                Participants = [.. d.Participants.Select(p => new Participant(p.Role, Person(p.PersonSlug), Organisation(p.OrganisationSlug), p.Group))],
                Itinerary = [.. d.Itinerary.Select(i => new ItineraryItem(i.Place, i.Date, Organisation(i.HostOrganisationSlug), i.Note))],
                Outcomes = d.Outcomes, Highlights = d.Highlights,
                RelatedEventIds = [.. d.RelatedEventSlugs.Select(s => ids.Events[s])],
            };
            var created = Unwrap(await sender.Send(command, cancellationToken), d.Slug);
            delegationIds[d.Slug] = created.Id;
            if (d.Status == "published")
                Unwrap(await sender.Send(new ChangeDelegationStatusCommand(created.Id, DelegationTransition.Publish, null, null), cancellationToken), d.Slug);
        }
        foreach (var m in file.Mous)
        {
            var command = new CreateMouCommand
            {
                Slug = m.Slug, Title = m.Title, Purpose = m.Purpose, Scope = m.Scope,
                Parties = [.. m.Parties.Select(p => new MouParty(ids.Organisations[p.OrganisationSlug],
                    p.Signatory is null ? null : new Signatory(Person(p.Signatory.PersonSlug), null, p.Signatory.Title)))],
                SignedOn = m.SignedOn, SignedAt = m.SignedAt,
                SignedAtEventId = m.SignedAtEventSlug is null ? null : ids.Events[m.SignedAtEventSlug],
                DelegationId = m.DelegationSlug is null ? null : delegationIds[m.DelegationSlug],
                FacilitatorOrganisationId = Organisation(m.FacilitatorSlug),
                EffectiveFrom = m.EffectiveFrom, ExpiresOn = m.ExpiresOn,
                FollowUpEventIds = [.. m.FollowUpEventSlugs.Select(s => ids.Events[s])],
                FollowUpDelegationIds = [.. m.FollowUpDelegationSlugs.Select(s => delegationIds[s])],
            };
            var created = Unwrap(await sender.Send(command, cancellationToken), m.Slug);
            if (m.Status == "published") Unwrap(await sender.Send(new PublishMouCommand(created.Id, null), cancellationToken), m.Slug);
        }
    }

    private static async Task<T> ReadAsync<T>(string resource, CancellationToken cancellationToken)
    {
        await using var stream = typeof(NewsletterSeeder).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The seed file {resource} is not embedded.");
        return await JsonSerializer.DeserializeAsync<T>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidOperationException($"The seed file {resource} is empty.");
    }

    /// <summary>
    /// The newsletter names its speakers; each one the directory file holds (same English name) becomes that person,
    /// named and addressed from the directory, with the title the newsletter printed for the event kept as printed.
    /// </summary>
    private static Speaker AsDirectoryPerson(Speaker speaker, SeedIds ids) =>
        speaker.Name?.En is { } name && ids.PeopleByName.TryGetValue(name, out var person)
            ? speaker with { PersonId = person.Id, Name = null, Honorific = speaker.Honorific == person.Honorific ? null : speaker.Honorific }
            : speaker;

    private static T Unwrap<T>(Result<T> result, string item) => result.IsSuccess
        ? result.Value
        : throw new InvalidOperationException($"Seed item '{item}' was refused: {result.Error!.Code}: {result.Error.Description}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the newsletter's demo data: {Organisations} organisations, {People} people, {Events} events, {Partnerships} partnerships")]
    private partial void LogSeeded(int organisations, int people, int events, int partnerships);

    private sealed record EventSeedFile(IReadOnlyList<CreateEventSeriesCommand> Series, IReadOnlyList<EventSeed> Events);

    private sealed record EventSeed(
        EventStatus Status, string? ParentSlug, string? SeriesSlug, int? SeriesPosition, CreateEventCommand Event);

    private sealed class SeedIds
    {
        public Dictionary<string, Guid> Organisations { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Guid> People { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Person> PeopleByName { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Guid> FundingProgrammes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Guid> Programmes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Guid> Series { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Guid> Events { get; } = new(StringComparer.Ordinal);
    }
}
