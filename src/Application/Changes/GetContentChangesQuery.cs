using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Changes;

/// <summary>The changes to content after <paramref name="Cursor"/>, in commit-safe order.</summary>
/// <param name="Type">Comma-separated types to follow (all when empty).</param>
/// <param name="IncludeDrafts">Staff see every change, drafts included; the public sees what it could see before or after.</param>
/// <param name="BaseUrl">The API's public address, for the items' links.</param>
public sealed record GetContentChangesQuery(string? Type, string? Cursor, int? Limit, bool IncludeDrafts, Uri BaseUrl) : IQuery<Result<ContentChangePage>>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}
