using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Organisations;

namespace Scc.Application.Organisations.GetOrganisation;

public sealed class GetOrganisationHandler(IAppDbContext db, TypeAdapterConfig mapping, PublicAddress address)
    : IQueryHandler<GetOrganisationQuery, Result<OrganisationResponse>>
{
    public async ValueTask<Result<OrganisationResponse>> Handle(GetOrganisationQuery query, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        organisations = query.Id is { } id ? organisations.Where(o => o.Id == id) : organisations.Where(o => o.Slug == query.Slug);
        var found = await organisations.ProjectToType<OrganisationResponse>(mapping).FirstOrDefaultAsync(cancellationToken);
        return found is null ? OrganisationErrors.NotFound : found.WithLogo(address);
    }
}
