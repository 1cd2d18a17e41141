using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using Scc.Application.Common;

namespace Scc.Api.Feeds;

/// <summary>Output caching, compression and CORS for the public feeds; output caching for the anonymous events list.</summary>
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
    public const string EventListPolicy = "events-list";

    /// <summary>Whether anonymous answers of <c>GET /api/v1/events</c> are kept in the output cache (default true).</summary>
    public const string EventListSetting = "OutputCache:EventList";

    /// <summary>The feeds' own paths: the only answers that are compressed.</summary>
    public const string PathPrefix = "/api/v1/feeds";

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
                options.AddPolicy(name, policy => policy.SetVaryByHeader(HeaderNames.AcceptLanguage, HeaderNames.AcceptEncoding).Tag(Tag).Expire(Lifetime));
            // The public list holds both languages and no seat counts: like the feeds, it changes when a command
            // succeeds (which evicts it) or as time moves events from upcoming to past (bounded by the lifetime).
            // Staff, who also see drafts, send a token, and the default policy never caches those requests.
            var cacheEventList = configuration.GetValue(EventListSetting, true);
            options.AddPolicy(EventListPolicy, policy =>
            {
                if (cacheEventList) policy.Tag(Tag).Expire(Lifetime);
                else policy.NoCache();
            });
        });
        services.AddResponseCompression(options =>
        {
            // Over HTTPS too: a feed holds only public text and nothing the caller sent, so compressing it exposes no
            // secret (BREACH); every other answer stays uncompressed (see UseFeedOutputCache).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/calendar", "application/atom+xml"];
        });
        // A feed is compressed once, when the cache is filled, and then served many times: the default levels make a
        // 29 KB page 4.8 KB (Brotli) and 4.9 KB (gzip) instead of 5.6 and 6.7 KB at the fastest, for about 0.5 ms per fill.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
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

    /// <summary>
    /// The feeds' own branch of the pipeline, placed after CORS and before authentication: a feed is the same for every
    /// caller (public events only, whoever asks), so an answer from the output cache needs no identity. Skipping
    /// authentication, rate limiting, authorization and the audit actor cuts the CPU of a cache hit by about an eighth.
    /// A miss goes on through the rest of the pipeline as any request does. The compression comes after the output
    /// cache, so a feed is compressed once and the cache keeps and serves the compressed bytes (it varies by Accept-Encoding).
    /// </summary>
    public static IApplicationBuilder UseFeedOutputCache(this IApplicationBuilder app) =>
        app.UseWhen(IsFeed, feeds => feeds.UseWeakETagsWhenCompressed().UseOutputCache().UseResponseCompression());

    /// <summary>The output cache for every other answer (the anonymous events list): after authentication, so staff are never served from it.</summary>
    public static IApplicationBuilder UseOutputCacheForOtherAnswers(this IApplicationBuilder app) =>
        app.UseWhen(context => !IsFeed(context), others => others.UseOutputCache());

    /// <summary>
    /// A compressed feed is another representation of the same body, so its ETag is sent weak: If-None-Match still
    /// matches it, byte-for-byte comparisons do not. Placed before the output cache, so that answers from the cache
    /// (which keeps the headers as the endpoint wrote them) are marked too.
    /// </summary>
    private static IApplicationBuilder UseWeakETagsWhenCompressed(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (headers.ContentEncoding.Count > 0 && headers.ETag is [{ } etag] && !etag.StartsWith("W/", StringComparison.Ordinal))
                    headers.ETag = "W/" + etag;
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static bool IsFeed(HttpContext context) => context.Request.Path.StartsWithSegments(PathPrefix);

    private sealed class OutputCacheFeedEviction(IOutputCacheStore store) : IPublicFeedCache
    {
        /// <remarks>
        /// The Redis store sends its deletes fire-and-forget, so the first call can return before Redis has run them, and
        /// another instance could still serve the old feed to a client told its change was done. The second call scans
        /// on the same connection, which Redis answers only after the commands sent before it: once it returns, the
        /// entries are gone (and it finds nothing left to delete). In memory, the second call finds nothing.
        /// </remarks>
        public async ValueTask EvictAsync(CancellationToken cancellationToken)
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
            await store.EvictByTagAsync(Tag, cancellationToken);
        }
    }
}
