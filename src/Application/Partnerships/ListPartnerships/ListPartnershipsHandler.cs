using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Organisations;

namespace Scc.Application.Partnerships.ListPartnerships;

public sealed class ListPartnershipsHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<ListPartnershipsQuery, Page<PartnershipResponse>>
{
    public async ValueTask<Page<PartnershipResponse>> Handle(ListPartnershipsQuery query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var partnerships = db.Partnerships.AsNoTracking();
        if (query.OrganisationId is { } organisationId) partnerships = partnerships.Where(p => p.OrganisationId == organisationId);
        if (EnumNames<OrganisationRole>.TryParseList(query.Role, out var roles) && roles.Count > 0)
            partnerships = partnerships.Where(p => roles.Contains(p.SccRole));
        if (query.Year is { } year)
        {
            // Overlapping the year; open ends count as overlapping.
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            partnerships = partnerships.Where(p => (p.StartDate == null || p.StartDate <= last) && (p.EndDate == null || p.EndDate >= first));
        }
        if (query.Active is { } active)
        {
            partnerships = active
                ? partnerships.Where(p => (p.StartDate == null || p.StartDate <= today) && (p.EndDate == null || p.EndDate >= today))
                : partnerships.Where(p => p.StartDate > today || p.EndDate < today);
        }
        SlugCursor.TryDecode(query.Cursor, out var cursor);
        var page = await Keyset.PageAsync(
            partnerships.OrderBySlugAfter(p => p.Slug, cursor?.Slug).ProjectToType<PartnershipResponse>(mapping), query.Limit,
            p => new SlugCursor(p.Slug).Encode(), cancellationToken);
        var organisations = await PartnershipMappings.OrganisationsAsync(db, page.Items.Select(r => r.OrganisationId), cancellationToken);
        return new Page<PartnershipResponse>(
            [.. page.Items.Select(r => r.Completed(today, organisations)).Select(r => query.IncludeContact ? r : r.WithoutContact())], page.NextCursor);
    }
}
