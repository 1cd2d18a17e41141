using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;
using Scc.Domain.Programmes;

namespace Scc.Application.Programmes.GetProgramme;

public sealed class GetProgrammeHandler(IAppDbContext db, TypeAdapterConfig mapping)
    : IQueryHandler<GetProgrammeQuery, Result<ProgrammeResponse>>
{
    public async ValueTask<Result<ProgrammeResponse>> Handle(GetProgrammeQuery query, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
        if (programme is null) return ProgrammeErrors.NotFound;
        return (await ProgrammeResponses.BuildAsync(db, mapping, [programme], cancellationToken))[0];
    }
}
