using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.ApiKeys.ListApiKeys;

/// <summary>Every API key, revoked ones included, oldest first.</summary>
public sealed record ListApiKeysQuery(string? Cursor, int? Limit) : IQuery<Result<Page<ApiKeyResponse>>>
{
    public const string Sort = "created";
}
