using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.ApiKeys;
using Scc.Domain.Common;

namespace Scc.Application.ApiKeys.GetApiKey;

public sealed class GetApiKeyHandler(IAppDbContext db) : IQueryHandler<GetApiKeyQuery, Result<ApiKeyResponse>>
{
    public async ValueTask<Result<ApiKeyResponse>> Handle(GetApiKeyQuery query, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.AsNoTracking().Where(k => k.Id == query.Id).Select(ApiKeyResponse.Projection).FirstOrDefaultAsync(cancellationToken);
        return key is null ? ApiKeyErrors.NotFound : key;
    }
}
