using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Domain.Delegations;

namespace Scc.Application.Delegations.ListDelegations;

public sealed class ListDelegationsHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<ListDelegationsQuery, Page<DelegationSummary>>
{
    public async ValueTask<Page<DelegationSummary>> Handle(ListDelegationsQuery query, CancellationToken cancellationToken)
    {
        var delegations = db.Delegations.AsNoTracking();
        if (!query.IncludeUnpublished) delegations = delegations.Where(d => d.Status == DelegationStatus.Published);

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.ToUpperInvariant();
            delegations = delegations.Where(d => d.CountryCodes.Contains(country));
        }
        if (!string.IsNullOrWhiteSpace(query.City))
        {
            var city = Delegation.NormalizeCity(query.City);
            delegations = delegations.Where(d => d.CityNames.Contains(city));
        }
        var today = HomeCalendar.Today(clock);
        delegations = query.When switch
        {
            "upcoming" => delegations.Where(d => d.EndDate >= today),
            "past" => delegations.Where(d => d.EndDate < today),
            _ => delegations,
        };
        if (HomeCalendar.TryParseDate(query.From, out var from) && from is { } fromDate)
            delegations = delegations.Where(d => d.EndDate >= fromDate);
        if (HomeCalendar.TryParseDate(query.To, out var to) && to is { } toDate)
            delegations = delegations.Where(d => d.StartDate <= toDate);
        if (query.PersonId is { } personId) delegations = delegations.Where(d => d.PersonIds.Contains(personId));
        if (query.OrganisationId is { } organisationId) delegations = delegations.Where(d => d.OrganisationIds.Contains(organisationId));

        var sort = query.Sort ?? DelegationListFilters.SortByStart;
        Cursor.TryDecode(query.Cursor, sort, out var cursor);
        var ordered = delegations.OrderByKeyAfter(d => d.StartDate, d => d.Id, cursor, descending: sort == DelegationListFilters.SortByStartDescending);
        return await Keyset.PageAsync(
            ordered.ProjectToType<DelegationSummary>(mapping), query.Limit,
            d => new Cursor(sort, HomeCalendar.ToKey(d.StartDate), d.Id).Encode(), cancellationToken);
    }
}
