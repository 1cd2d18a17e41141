using System.Linq.Expressions;
using Scc.Application.Common;
using Scc.Domain.Previews;

namespace Scc.Application.Previews;

/// <summary>A preview link as staff see it: never its address, which is shown once, when the link is created.</summary>
/// <param name="Type">What it shows: event, delegation, mou or digest.</param>
/// <param name="ItemId">The draft it shows.</param>
/// <param name="CreatedBy">Who created it: the staff token's subject or the API key's prefix.</param>
/// <param name="ExpiresAt">From then on, the link answers 410 <c>preview_link_expired</c>.</param>
/// <param name="RevokedAt">Set once the link is revoked; it answers 410 <c>preview_link_revoked</c> from then on.</param>
public sealed record PreviewLinkResponse(
    Guid Id,
    string Type,
    Guid ItemId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    uint Version) : IVersioned
{
    public static Expression<Func<PreviewLink, PreviewLinkResponse>> Projection { get; } = l => new PreviewLinkResponse(
        l.Id,
        l.ItemType == PreviewItemType.Event ? PreviewTypes.Event
        : l.ItemType == PreviewItemType.Delegation ? PreviewTypes.Delegation
        : l.ItemType == PreviewItemType.Mou ? PreviewTypes.Mou
        : PreviewTypes.Digest,
        l.ItemId, l.CreatedBy, l.CreatedAt, l.ExpiresAt, l.RevokedAt, l.Version);

    private static readonly Func<PreviewLink, PreviewLinkResponse> FromEntity = Projection.Compile();

    public static PreviewLinkResponse From(PreviewLink link) => FromEntity(link);
}
