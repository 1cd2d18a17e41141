using Mediator;
using Scc.Application.Common.Paging;
using Scc.Domain.Common;

namespace Scc.Application.Previews.ListPreviewLinks;

/// <summary>Preview links, expired and revoked ones included, oldest first; narrowed to one kind or one item.</summary>
public sealed record ListPreviewLinksQuery(string? Type, Guid? ItemId, string? Cursor, int? Limit) : IQuery<Result<Page<PreviewLinkResponse>>>
{
    public const string Sort = "created";
}
