using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Common.Lookups;
using Scc.Domain.Common;
using Scc.Domain.Delegations;
using Scc.Domain.Mous;

namespace Scc.Application.Delegations.GetDelegation;

public sealed class GetDelegationHandler(IAppDbContext db, TypeAdapterConfig mapping) : IQueryHandler<GetDelegationQuery, Result<DelegationResponse>>
{
    public async ValueTask<Result<DelegationResponse>> Handle(GetDelegationQuery query, CancellationToken cancellationToken)
    {
        var delegations = db.Delegations.AsNoTracking();
        delegations = query.Id is { } id ? delegations.Where(d => d.Id == id) : delegations.Where(d => d.Slug == query.Slug);
        if (!query.IncludeUnpublished) delegations = delegations.Where(d => d.Status == DelegationStatus.Published);
        var found = await delegations.ProjectToType<DelegationResponse>(mapping).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return DelegationErrors.NotFound;
        var directory = await DirectoryEntries.LoadAsync(db,
            found.StoredParticipants.Select(p => p.PersonId), found.StoredParticipants.Select(p => p.OrganisationId), cancellationToken);
        var mous = db.Mous.AsNoTracking().Where(m => m.DelegationId == found.Id || m.FollowUpDelegationIds.Contains(found.Id));
        if (!query.IncludeUnpublished) mous = mous.Where(m => m.Visibility == MouVisibility.Published);
        var mouIds = await mous.OrderBy(m => m.SignedOn).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        return found.Describe(directory, mouIds);
    }
}
