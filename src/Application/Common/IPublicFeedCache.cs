namespace Scc.Application.Common;

/// <summary>The cache in front of the public feeds, as the application sees it: something to empty.</summary>
public interface IPublicFeedCache
{
    /// <summary>Drops every cached feed response, so that the next request is answered from the database.</summary>
    ValueTask EvictAsync(CancellationToken cancellationToken);
}
