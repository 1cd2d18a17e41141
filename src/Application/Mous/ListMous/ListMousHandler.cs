using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Lookups;
using Scc.Application.Common.Paging;
using Scc.Application.Common.Validation;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.ListMous;

public sealed class ListMousHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<ListMousQuery, Page<MouSummary>>
{
    public async ValueTask<Page<MouSummary>> Handle(ListMousQuery query, CancellationToken cancellationToken)
    {
        var mous = db.Mous.AsNoTracking();
        if (!query.IncludeDrafts) mous = mous.Where(m => m.Visibility == MouVisibility.Published);
        if (query.PartyId is { } partyId) mous = mous.Where(m => m.PartyOrganisationIds.Contains(partyId));
        var today = HomeCalendar.Today(clock);
        if (EnumNames<MouStatus>.TryParse(query.Status, out var status)) mous = WithStatus(mous, status, today);
        if (HomeCalendar.TryParseDate(query.SignedFrom, out var from) && from is { } fromDate) mous = mous.Where(m => m.SignedOn >= fromDate);
        if (HomeCalendar.TryParseDate(query.SignedTo, out var to) && to is { } toDate) mous = mous.Where(m => m.SignedOn <= toDate);

        var sort = query.Sort ?? MouListFilters.SortBySignedDescending;
        Cursor.TryDecode(query.Cursor, sort, out var cursor);
        var ordered = mous.OrderByKeyAfter(m => m.SignedOn, m => m.Id, cursor, descending: sort != MouListFilters.SortBySigned);
        var page = await Keyset.PageAsync(
            ordered.ProjectToType<MouSummary>(mapping), query.Limit,
            m => new Cursor(sort, HomeCalendar.ToKey(m.SignedOn), m.Id).Encode(), cancellationToken);
        var directory = await DirectoryEntries.LoadAsync(db,
            page.Items.SelectMany(r => r.StoredParties).Select(p => p.Signatory?.PersonId),
            page.Items.SelectMany(r => r.StoredParties).Select(p => (Guid?)p.OrganisationId), cancellationToken);
        return new Page<MouSummary>([.. page.Items.Select(r => r.Describe(directory, today))], page.NextCursor);
    }

    /// <summary>The derived status as date conditions, so that the database filters (see <see cref="Mou.StatusOn(DateOnly)"/>).</summary>
    private static IQueryable<Mou> WithStatus(IQueryable<Mou> mous, MouStatus status, DateOnly today) => status switch
    {
        MouStatus.Terminated => mous.Where(m => m.TerminatedOn != null),
        MouStatus.Pending => mous.Where(m => m.TerminatedOn == null && (m.EffectiveFrom ?? m.SignedOn) > today),
        MouStatus.Expired => mous.Where(m => m.TerminatedOn == null && (m.EffectiveFrom ?? m.SignedOn) <= today && m.ExpiresOn < today),
        MouStatus.Active => mous.Where(m => m.TerminatedOn == null && (m.EffectiveFrom ?? m.SignedOn) <= today && (m.ExpiresOn == null || m.ExpiresOn >= today)),
        _ => mous,
    };
}
