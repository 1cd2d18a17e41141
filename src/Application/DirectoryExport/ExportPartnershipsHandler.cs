using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Partnerships;

namespace Scc.Application.DirectoryExport;

public sealed class ExportPartnershipsHandler(IAppDbContext db, TypeAdapterConfig mapping, TimeProvider clock)
    : IQueryHandler<ExportPartnershipsQuery, IReadOnlyList<PartnershipResponse>>
{
    public async ValueTask<IReadOnlyList<PartnershipResponse>> Handle(ExportPartnershipsQuery query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var partnerships = await db.Partnerships.AsNoTracking().OrderBy(p => p.Slug).ProjectToType<PartnershipResponse>(mapping).ToListAsync(cancellationToken);
        var organisations = await PartnershipMappings.OrganisationsAsync(db, partnerships.Select(p => p.OrganisationId), cancellationToken);
        return [.. partnerships.Select(p => p.Completed(today, organisations)).Select(p => query.IncludeContact ? p : p.WithoutContact())];
    }
}
