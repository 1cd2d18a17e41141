using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Application.Organisations;

namespace Scc.Application.DirectoryExport;

public sealed class ExportOrganisationsHandler(IAppDbContext db, TypeAdapterConfig mapping, PublicAddress address) : IQueryHandler<ExportOrganisationsQuery, IReadOnlyList<OrganisationResponse>>
{
    public async ValueTask<IReadOnlyList<OrganisationResponse>> Handle(ExportOrganisationsQuery query, CancellationToken cancellationToken) =>
        [.. (await db.Organisations.AsNoTracking().OrderBy(o => o.Slug).ProjectToType<OrganisationResponse>(mapping).ToListAsync(cancellationToken))
            .Select(o => o.WithLogo(address))];
}
