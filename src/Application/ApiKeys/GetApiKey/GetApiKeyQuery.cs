using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.ApiKeys.GetApiKey;

public sealed record GetApiKeyQuery(Guid Id) : IQuery<Result<ApiKeyResponse>>;
