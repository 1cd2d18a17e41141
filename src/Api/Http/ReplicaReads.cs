using Microsoft.AspNetCore.OutputCaching;
using Scc.Application.Common;

namespace Scc.Api.Http;

/// <summary>
/// Marks the reads a streaming replica may answer (ADR 30): lists, feeds, search and digests, for anonymous callers only.
/// Staff and API keys read the primary, so they see their own writes at once. An answer the output cache is about to keep
/// is read from the primary too: the cache is emptied when a write succeeds, and a replica a few milliseconds behind could
/// otherwise fill it again with the answer from before the write, to be served for the cache's whole lifetime.
/// </summary>
public static class ReplicaReads
{
    public static TBuilder ReadsFromReplicaWhenAnonymous<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(static (context, next) =>
        {
            var http = context.HttpContext;
            if (http.User.Identity?.IsAuthenticated != true && !GoesIntoOutputCache(http))
                http.RequestServices.GetRequiredService<ReadSource>().AllowReplica();
            return next(context);
        });

    private static bool GoesIntoOutputCache(HttpContext http) =>
        http.Features.Get<IOutputCacheFeature>()?.Context is { EnableOutputCaching: true, AllowCacheStorage: true };
}
