using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Previews.RevokePreviewLink;

/// <summary>Ends a preview link for good; the record stays, so lists still show who shared what and when it ended.</summary>
public sealed record RevokePreviewLinkCommand(Guid Id) : ICommand<Result>;
