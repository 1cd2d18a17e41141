using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.ApiKeys.RevokeApiKey;

/// <summary>Revokes a key for good; the row stays, so lists still show who had it and when it ended.</summary>
public sealed record RevokeApiKeyCommand(Guid Id) : ICommand<Result>;
