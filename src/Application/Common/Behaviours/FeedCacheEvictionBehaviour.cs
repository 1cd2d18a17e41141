using Mediator;
using Scc.Domain.Common;

namespace Scc.Application.Common.Behaviours;

/// <summary>
/// Empties the public feeds' cache after every command that succeeds. This is deliberately broader than
/// "event commands": a feed shows events but also the names of their organisations and the disclaimers of
/// their funding programmes, which other commands change; and a command added later (to events or
/// anything a feed shows) is covered without anyone having to remember it. Writes are rare next to feed
/// reads, so evicting a little too often costs one database read per feed. Queries never evict, and a
/// command that fails (an expected failure or an exception) has written nothing, so it does not either.
/// </summary>
public sealed class FeedCacheEvictionBehaviour<TMessage, TResponse>(IPublicFeedCache cache)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        // Not the request's token: once the change is saved, the cache must go even if the client has left.
        if (message is IBaseCommand && response is not Result { IsSuccess: false })
            await cache.EvictAsync(CancellationToken.None);
        return response;
    }
}
