using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Lookups;
using Scc.Domain.Common;
using Scc.Domain.Mous;

namespace Scc.Application.Mous.GetMou;

public sealed class GetMouHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock) : IQueryHandler<GetMouQuery, Result<MouResponse>>
{
    public async ValueTask<Result<MouResponse>> Handle(GetMouQuery query, CancellationToken cancellationToken)
    {
        var mous = db.Mous.AsNoTracking();
        mous = query.Id is { } id ? mous.Where(m => m.Id == id) : mous.Where(m => m.Slug == query.Slug);
        if (!query.IncludeDrafts) mous = mous.Where(m => m.Visibility == MouVisibility.Published);
        var found = await mous.ProjectToType<MouResponse>(mapping).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return MouErrors.NotFound;
        var directory = await DirectoryEntries.LoadAsync(db,
            found.StoredParties.Select(p => p.Signatory?.PersonId),
            found.StoredParties.Select(p => (Guid?)p.OrganisationId).Append(found.FacilitatorOrganisationId),
            cancellationToken);
        return found.Describe(directory, HomeCalendar.Today(clock));
    }
}
