using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Previews.CreatePreviewLink;

/// <summary>Creates a read-only link to a draft, for someone outside the staff to see it before it is published.</summary>
/// <param name="Type">What to preview: event, delegation, mou or digest.</param>
/// <param name="ItemId">The draft's id.</param>
/// <param name="ExpiresAt">When the link stops working: in the future and at most 30 days ahead; omit for 7 days.</param>
public sealed record CreatePreviewLinkCommand(string Type, Guid ItemId, DateTimeOffset? ExpiresAt = null) : ICommand<Result<PreviewLinkResponse>>;
