using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.FundingProgrammes.GetFundingProgramme;

public sealed class GetFundingProgrammeHandler(IAppDbContext db, TypeAdapterConfig mapping)
    : IQueryHandler<GetFundingProgrammeQuery, Result<FundingProgrammeResponse>>
{
    public async ValueTask<Result<FundingProgrammeResponse>> Handle(GetFundingProgrammeQuery query, CancellationToken cancellationToken)
    {
        var found = await db.FundingProgrammes.AsNoTracking().Where(f => f.Id == query.Id)
            .ProjectToType<FundingProgrammeResponse>(mapping).FirstOrDefaultAsync(cancellationToken);
        return found is null ? FundingProgrammeErrors.NotFound : found;
    }
}
