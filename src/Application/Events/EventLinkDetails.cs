using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;

namespace Scc.Application.Events;

/// <summary>
/// The organisations (named, in their roles) and funding programmes (with their disclaimers) of a page of events,
/// loaded with one query each, whatever the page size. Kept out of the events' own query on purpose: joined there,
/// every event row was repeated once per organisation, with all its text, and EF Core built the nested lists row by row.
/// </summary>
public sealed class EventLinkDetails
{
    private readonly ILookup<Guid, EventOrganisationResponse> _organisations;
    private readonly ILookup<Guid, FundingNoticeResponse> _funding;

    private EventLinkDetails(ILookup<Guid, EventOrganisationResponse> organisations, ILookup<Guid, FundingNoticeResponse> funding)
    {
        _organisations = organisations;
        _funding = funding;
    }

    public static async Task<EventLinkDetails> LoadAsync(IAppDbContext db, IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        if (eventIds.Count == 0) return new EventLinkDetails(Empty<EventOrganisationResponse>(), Empty<FundingNoticeResponse>());

        var organisations = await (
                from e in db.Events.AsNoTracking()
                where eventIds.Contains(e.Id)
                from link in e.Organisations
                join organisation in db.Organisations on link.OrganisationId equals organisation.Id
                orderby e.Id, link.OrganisationId, link.Role
                select new { EventId = e.Id, Link = new EventOrganisationResponse { OrganisationId = link.OrganisationId, Role = link.Role, Acronym = organisation.Acronym, Name = organisation.Name } })
            .ToListAsync(cancellationToken);
        var funding = await (
                from e in db.Events.AsNoTracking()
                where eventIds.Contains(e.Id)
                from link in e.Funding
                join programme in db.FundingProgrammes on link.FundingProgrammeId equals programme.Id
                orderby e.Id, link.FundingProgrammeId
                select new { EventId = e.Id, Notice = new FundingNoticeResponse { FundingProgrammeId = programme.Id, Acronym = programme.Acronym, Name = programme.Name, Disclaimer = programme.Disclaimer } })
            .ToListAsync(cancellationToken);
        return new EventLinkDetails(organisations.ToLookup(o => o.EventId, o => o.Link), funding.ToLookup(f => f.EventId, f => f.Notice));
    }

    public IReadOnlyList<EventOrganisationResponse> OrganisationsOf(Guid eventId) => [.. _organisations[eventId]];

    public IReadOnlyList<FundingNoticeResponse> FundingOf(Guid eventId) => [.. _funding[eventId]];

    private static ILookup<Guid, T> Empty<T>() => Array.Empty<(Guid, T)>().ToLookup(x => x.Item1, x => x.Item2);
}
