using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.ApiKeys;
using Scc.Domain.Common;

namespace Scc.Application.ApiKeys.RevokeApiKey;

public sealed class RevokeApiKeyHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand, Result>
{
    public async ValueTask<Result> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == command.Id, cancellationToken);
        if (key is null) return ApiKeyErrors.NotFound;
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
