using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Previews.OpenPreviewLink;

/// <summary>
/// The link behind a presented preview address (its signature already checked), when it still works: not expired,
/// not revoked. What it shows is then read as the public reads it, drafts included.
/// </summary>
public sealed record OpenPreviewLinkQuery(Guid Id) : IQuery<Result<PreviewLinkResponse>>;
