using Mediator;
using Microsoft.EntityFrameworkCore;
using Scc.Application.Common;
using Scc.Domain.ApiKeys;
using Scc.Domain.Common;

namespace Scc.Application.ApiKeys.CreateApiKey;

public sealed class CreateApiKeyHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<CreateApiKeyCommand, Result<ApiKeyCreated>>
{
    public async ValueTask<Result<ApiKeyCreated>> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        if (command.EventId is { } eventId && !await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken)) return ApiKeyErrors.EventNotFound;
        var created = ApiKey.Create(command.Name.Trim(), command.Scopes, command.EventId, command.CreatedBy, command.ExpiresAt, clock.GetUtcNow());
        if (!created.IsSuccess) return created.Error!;
        var (key, secret) = created.Value;
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiKeyCreated(ApiKeyResponse.From(key), secret);
    }
}
