using Microsoft.EntityFrameworkCore;
using Scc.Application.Events;
using Scc.Domain.Events;
using Scc.Domain.Organisations;
using Scc.Domain.Programmes;

namespace Scc.Infrastructure.Persistence;

/// <summary>The organisations and funding programmes of a page of events: one query each.</summary>
internal sealed class EventLinks(AppDbContext db) : IEventLinks
{
    // Compiled once: every list, feed and event page runs both, and translating their LINQ again on each request
    // (parameter extraction and the query cache's lookup) cost more CPU than reading their rows.
    private static readonly Func<AppDbContext, Guid[], IAsyncEnumerable<Linked<EventOrganisationResponse>>> OrganisationsQuery = EF.CompileAsyncQuery(
        (AppDbContext context, Guid[] eventIds) =>
            from e in context.Set<Event>().AsNoTracking()
            where eventIds.Contains(e.Id)
            from link in e.Organisations
            join organisation in context.Set<Organisation>() on link.OrganisationId equals organisation.Id
            orderby e.Id, link.OrganisationId, link.Role
            select new Linked<EventOrganisationResponse>(e.Id, new EventOrganisationResponse
            {
                OrganisationId = link.OrganisationId, Role = link.Role, Acronym = organisation.Acronym, Name = organisation.Name,
            }));

    private static readonly Func<AppDbContext, Guid[], IAsyncEnumerable<Linked<FundingNoticeResponse>>> FundingQuery = EF.CompileAsyncQuery(
        (AppDbContext context, Guid[] eventIds) =>
            from e in context.Set<Event>().AsNoTracking()
            where eventIds.Contains(e.Id)
            from link in e.Funding
            join programme in context.Set<FundingProgramme>() on link.FundingProgrammeId equals programme.Id
            orderby e.Id, link.FundingProgrammeId
            select new Linked<FundingNoticeResponse>(e.Id, new FundingNoticeResponse
            {
                FundingProgrammeId = programme.Id, Acronym = programme.Acronym, Name = programme.Name, Disclaimer = programme.Disclaimer,
            }));

    public async Task<EventLinkDetails> LoadAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        if (eventIds.Count == 0) return EventLinkDetails.None;
        Guid[] ids = [.. eventIds];
        var organisations = await OrganisationsQuery(db, ids).ToListAsync(cancellationToken);
        var funding = await FundingQuery(db, ids).ToListAsync(cancellationToken);
        return new EventLinkDetails(organisations.Select(o => (o.EventId, o.Item)), funding.Select(f => (f.EventId, f.Item)));
    }

    private sealed record Linked<T>(Guid EventId, T Item);
}
