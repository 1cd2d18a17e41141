using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Partnerships;

namespace Scc.Application.Partnerships.GetPartnership;

public sealed class GetPartnershipHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<GetPartnershipQuery, Result<PartnershipResponse>>
{
    public async ValueTask<Result<PartnershipResponse>> Handle(GetPartnershipQuery query, CancellationToken cancellationToken)
    {
        var found = await db.Partnerships.AsNoTracking().Where(p => p.Id == query.Id)
            .ProjectToType<PartnershipResponse>(mapping).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return PartnershipErrors.NotFound;
        var organisations = await PartnershipMappings.OrganisationsAsync(db, [found.OrganisationId], cancellationToken);
        var completed = found.Completed(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), organisations);
        return query.IncludeContact ? completed : completed.WithoutContact();
    }
}
