using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Scc.Application.Common;

namespace Scc.Api.Feeds;

/// <summary>Output caching and CORS for the public feeds.</summary>
public static class FeedCaching
{
    /// <summary>The tag of every cached feed response; evicted whenever a command succeeds.</summary>
    public const string Tag = "events";

    /// <summary>Any origin may read the feeds; staff endpoints keep the default policy (configured origins).</summary>
    public const string CorsPolicy = "feeds";

    public const string JsonPolicy = "feed-json";
    public const string CalendarPolicy = "feed-ics";
    public const string AtomPolicy = "feed-atom";
    public const string EventCalendarPolicy = "feed-event-ics";

    /// <summary>The server keeps a feed as long as it lets others keep it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A StackExchange.Redis configuration string: when set, every instance of the API shares one output cache
    /// in Redis, so an eviction by one reaches all; empty (the default), each keeps its own in memory.
    /// </summary>
    public const string RedisSetting = "OutputCache:Redis";

    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache(options =>
        {
            // One policy per feed so that each can be tuned alone; today they are the same. The default
            // policy underneath varies by every query parameter and never caches authenticated requests.
            foreach (var name in new[] { JsonPolicy, CalendarPolicy, AtomPolicy, EventCalendarPolicy })
                options.AddPolicy(name, policy => policy.SetVaryByHeader(HeaderNames.AcceptLanguage).Tag(Tag).Expire(Lifetime));
        });
        if (configuration[RedisSetting] is { Length: > 0 } redis)
        {
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.Configuration = redis;
                options.InstanceName = "scc:";
            });
        }
        services.AddSingleton<IPublicFeedCache, OutputCacheFeedEviction>();
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head).AllowAnyHeader()
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.LastModified, HeaderNames.ContentLanguage)));
        return services;
    }

    private sealed class OutputCacheFeedEviction(IOutputCacheStore store) : IPublicFeedCache
    {
        public ValueTask EvictAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken);
    }
}
