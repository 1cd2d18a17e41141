using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Scc.Application.Common;
using Scc.Domain.Events;
using Scc.Domain.Organisations;
using Scc.Domain.Programmes;

namespace Scc.Application.Events;

/// <summary>
/// The organisations (named, in their roles) and funding programmes (with their disclaimers) of a page of events,
/// loaded with one query each, whatever the page size. Kept out of the events' own query on purpose: joined there,
/// every event row was repeated once per organisation, with all its text, and EF Core built the nested lists row by row.
/// </summary>
public sealed class EventLinkDetails
{
    // Compiled once: every list, feed and event page runs both, and translating their LINQ again on each request
    // (parameter extraction and the query cache's lookup) cost more CPU than reading their rows.
    private static readonly Func<DbContext, Guid[], IAsyncEnumerable<Linked<EventOrganisationResponse>>> OrganisationsQuery = EF.CompileAsyncQuery(
        (DbContext context, Guid[] eventIds) =>
            from e in context.Set<Event>().AsNoTracking()
            where eventIds.Contains(e.Id)
            from link in e.Organisations
            join organisation in context.Set<Organisation>() on link.OrganisationId equals organisation.Id
            orderby e.Id, link.OrganisationId, link.Role
            select new Linked<EventOrganisationResponse>(e.Id, new EventOrganisationResponse
            {
                OrganisationId = link.OrganisationId, Role = link.Role, Acronym = organisation.Acronym, Name = organisation.Name,
            }));

    private static readonly Func<DbContext, Guid[], IAsyncEnumerable<Linked<FundingNoticeResponse>>> FundingQuery = EF.CompileAsyncQuery(
        (DbContext context, Guid[] eventIds) =>
            from e in context.Set<Event>().AsNoTracking()
            where eventIds.Contains(e.Id)
            from link in e.Funding
            join programme in context.Set<FundingProgramme>() on link.FundingProgrammeId equals programme.Id
            orderby e.Id, link.FundingProgrammeId
            select new Linked<FundingNoticeResponse>(e.Id, new FundingNoticeResponse
            {
                FundingProgrammeId = programme.Id, Acronym = programme.Acronym, Name = programme.Name, Disclaimer = programme.Disclaimer,
            }));

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

        var context = db.Events.GetService<ICurrentDbContext>().Context;
        Guid[] ids = [.. eventIds];
        var organisations = await OrganisationsQuery(context, ids).ToListAsync(cancellationToken);
        var funding = await FundingQuery(context, ids).ToListAsync(cancellationToken);
        return new EventLinkDetails(organisations.ToLookup(o => o.EventId, o => o.Item), funding.ToLookup(f => f.EventId, f => f.Item));
    }

    public IReadOnlyList<EventOrganisationResponse> OrganisationsOf(Guid eventId) => [.. _organisations[eventId]];

    public IReadOnlyList<FundingNoticeResponse> FundingOf(Guid eventId) => [.. _funding[eventId]];

    private sealed record Linked<T>(Guid EventId, T Item);

    private static ILookup<Guid, T> Empty<T>() => Array.Empty<(Guid, T)>().ToLookup(x => x.Item1, x => x.Item2);
}
