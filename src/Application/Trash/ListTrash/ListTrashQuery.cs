using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Trash.ListTrash;

/// <summary>The trash, most recently deleted first, of one kind or all.</summary>
public sealed record ListTrashQuery(string? Type, string? Cursor, int? Limit) : IQuery<Result<Page<TrashItemResponse>>>
{
    public const string Sort = "-deletedAt";
}
