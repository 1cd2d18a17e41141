using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Feeds.GetFeedEvent;

/// <summary>One published (or postponed, or cancelled) event as a feed item; drafts are not found, but for a preview.</summary>
public sealed record GetFeedEventQuery(Guid Id, string Language, Uri BaseUrl, bool IncludeDrafts = false) : IQuery<Result<FeedEvent>>;
