using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.Common;

namespace Scc.Application.Audit.GetAuditEntry;

public sealed class GetAuditEntryHandler(IAppDbContext db) : IQueryHandler<GetAuditEntryQuery, Result<AuditEntryResponse>>
{
    public async ValueTask<Result<AuditEntryResponse>> Handle(GetAuditEntryQuery query, CancellationToken cancellationToken)
    {
        var entry = await db.AuditEntries.AsNoTracking().Where(a => a.Id == query.Id).Select(AuditEntryResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        return entry is null ? Error.NotFound("The audit entry") : entry;
    }
}
