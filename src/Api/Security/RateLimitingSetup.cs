using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Scc.Api.Auth;

namespace Scc.Api.Security;

/// <summary>
/// How many manage-link e-mails one address is sent, counted by the address's hash (the address itself is not kept).
/// Shared by the instances when the other limits are.
/// </summary>
public sealed class ManageLinkRecipientLimit
{
    private readonly RateLimitSettings settings;
    private readonly PartitionedRateLimiter<string> limiter;

    internal ManageLinkRecipientLimit(RateLimitSettings settings, RateLimitingSetup.LimitWindows windows)
    {
        this.settings = settings;
        limiter = PartitionedRateLimiter.Create<string, string>(key => windows.Partition("manage-links-address:" + key, settings.ManageLinksPerAddress));
    }

    /// <summary>True when the address may be sent its links now; always true with rate limiting off.</summary>
    public async ValueTask<bool> TryTakeAsync(string email, CancellationToken cancellationToken)
    {
        if (!settings.Enabled) return true;
        var key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
        using var lease = await limiter.AcquireAsync(key, cancellationToken: cancellationToken);
        return lease.IsAcquired;
    }
}

/// <summary>One fixed-window limit: this many requests per window.</summary>
public sealed class FixedWindowLimit
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>The limits of <c>RateLimiting:*</c>; all per fixed window, no queueing.</summary>
public sealed class RateLimitSettings
{
    public bool Enabled { get; set; } = true;
    public FixedWindowLimit RegistrationsPerIp { get; set; } = new() { PermitLimit = 10 };
    public FixedWindowLimit RegistrationsPerEvent { get; set; } = new() { PermitLimit = 600 };
    public FixedWindowLimit ManageTokenPerIp { get; set; } = new() { PermitLimit = 30 };

    /// <summary>Requests to send manage links again, per client.</summary>
    public FixedWindowLimit ManageLinksPerIp { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };

    /// <summary>
    /// Manage-link e-mails to one address: a request past it is answered 202 like any other and sends
    /// nothing, so the limit says nothing about the address (<see cref="ManageLinkRecipientLimit"/>).
    /// </summary>
    public FixedWindowLimit ManageLinksPerAddress { get; set; } = new() { PermitLimit = 3, Window = TimeSpan.FromHours(1) };

    /// <summary>How long a decision waits for the shared store (Redis) before this instance decides alone.</summary>
    public TimeSpan SharedStoreTimeout { get; set; } = TimeSpan.FromMilliseconds(500);
    public FixedWindowLimit ApiKey { get; set; } = new() { PermitLimit = 600 };
    public FixedWindowLimit Staff { get; set; } = new() { PermitLimit = 600 };

    /// <summary>Anonymous reads that reach the database, and requests whose credentials failed, per client.</summary>
    public FixedWindowLimit AnonymousPerIp { get; set; } = new() { PermitLimit = 300 };

    /// <summary>The network an IPv6 client is counted by (one customer's /64 holds countless addresses).</summary>
    public int Ipv6PrefixLength { get; set; } = 64;
}

public static class RateLimitingSetup
{
    // Endpoint names (WithName) of the public endpoints limited on their own.
    private const string RegisterForEvent = "RegisterForEvent";
    private const string SendManageLinks = "SendManageLinks";
    private static readonly HashSet<string> ManageTokenEndpoints =
    [
        "GetOwnRegistration", "CancelOwnRegistration", "CorrectOwnRegistration",
        "GetOwnRegistrationByHeader", "CancelOwnRegistrationByHeader", "CorrectOwnRegistrationByHeader",
    ];

    /// <summary>
    /// ASP.NET Core's limiter, with chained partitions: registration submits per client and per event, manage-token
    /// look-ups per client (token guessing), staff requests per user, API-key requests per authenticated key, and
    /// requests whose credentials failed per client, in the anonymous allowance that anonymous reads also count
    /// against (<see cref="UseAnonymousReadRateLimit"/>). A client is its IP address, an IPv6 one by its /64 network.
    /// A refusal is a 429 problem (<c>rate_limited</c>) with <c>Retry-After</c>.
    /// </summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimiting").Get<RateLimitSettings>() ?? new RateLimitSettings();
        if (settings.Ipv6PrefixLength is < 0 or > 128)
            throw new InvalidOperationException("RateLimiting:Ipv6PrefixLength must be between 0 and 128.");
        services.AddSingleton(settings);
        // With a Redis server for the deployment, every instance counts in it (one limit per client, however many
        // instances its requests reach); without one, each instance counts on its own.
        if (configuration[Feeds.FeedCaching.RedisSetting] is { Length: > 0 } redis)
        {
            services.AddSingleton(provider => new SharedRateLimitStore(redis, settings.SharedStoreTimeout,
                provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<SharedRateLimitStore>>()));
            services.AddSingleton(provider => new LimitWindows(provider.GetRequiredService<SharedRateLimitStore>()));
        }
        else
        {
            services.AddSingleton(new LimitWindows(null));
        }
        services.AddSingleton(provider => new ManageLinkRecipientLimit(settings, provider.GetRequiredService<LimitWindows>()));
        // One allowance per client for every anonymous request, counted at two places in the pipeline (failed
        // credentials before authorization, reads after the output caches); an empty key means "not counted here".
        services.AddSingleton(provider =>
        {
            var windows = provider.GetRequiredService<LimitWindows>();
            return new AnonymousAllowance(PartitionedRateLimiter.Create<string, string>(client => client.Length == 0
                ? RateLimitPartition.GetNoLimiter("")
                : windows.Partition("anonymous:" + client, settings.AnonymousPerIp)));
        });
        services.AddSingleton<CallerAllowances>();
        services.AddRateLimiter(Refuse);
        services.AddOptions<RateLimiterOptions>().Configure<LimitWindows, CallerAllowances, AnonymousAllowance>((options, windows, callers, anonymous) =>
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => EndpointName(context) == RegisterForEvent
                    ? windows.Partition("submit-ip:" + Client(context, settings), settings.RegistrationsPerIp)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => EndpointName(context) == RegisterForEvent
                    ? windows.Partition("submit-event:" + context.Request.RouteValues["eventId"], settings.RegistrationsPerEvent)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => ManageTokenEndpoints.Contains(EndpointName(context) ?? "")
                    ? windows.Partition("manage-ip:" + Client(context, settings), settings.ManageTokenPerIp)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => EndpointName(context) == SendManageLinks
                    ? windows.Partition("manage-links-ip:" + Client(context, settings), settings.ManageLinksPerIp)
                    : RateLimitPartition.GetNoLimiter("")),
                // Each identity the request proved counts against its own allowance: a staff user who adds a key header
                // stays within their own limit, and a key only counts once it has authenticated.
                callers.Staff,
                callers.Keys,
                anonymous.Limiter.WithTranslatedKey<HttpContext>(
                    context => PresentsCredentials(context) && !IsAuthenticated(context) ? Client(context, settings) : "", leaveOpen: true)));
        return services;
    }

    /// <summary>
    /// The caller limits (see <see cref="AddApiRateLimiting"/>): after authentication, before authorization, so that a
    /// request refused for its credentials still counts. An <c>X-Api-Key</c> is authenticated here first (the result is
    /// kept for the policies that accept keys), so that only a key that is what it claims counts against that key.
    /// </summary>
    public static IApplicationBuilder UseCallerRateLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
            {
                if (context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header) &&
                    await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName) is { Succeeded: true } result &&
                    result.Principal.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value is { } keyId)
                {
                    context.Features.Set(new AuthenticatedApiKey(keyId));
                }
                await next(context);
            })
            .UseRateLimiter()
            .Use((context, next) =>
            {
                context.RequestServices.GetRequiredService<CallerAllowances>().Describe(context);
                return next(context);
            });

    /// <summary>
    /// Anonymous reads (GET and HEAD under <c>/api</c> and <c>/embed</c>, with no credentials), per client. Placed after
    /// every output cache: an answer from a cache costs next to nothing and is never limited; one that reaches the
    /// database (search, lists, digests, the embed page, a cache miss) counts against the client's anonymous allowance.
    /// </summary>
    public static IApplicationBuilder UseAnonymousReadRateLimit(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<RateLimitSettings>();
        var anonymous = app.ApplicationServices.GetRequiredService<AnonymousAllowance>();
        var options = new RateLimiterOptions
        {
            GlobalLimiter = anonymous.Limiter.WithTranslatedKey<HttpContext>(
                context => IsAnonymousRead(context) ? Client(context, settings) : "", leaveOpen: true),
        };
        Refuse(options);
        return app.UseRateLimiter(options);
    }

    /// <summary>Forwarded headers (client IP, scheme) are believed only from <c>ForwardedHeaders:KnownProxies</c> and <c>KnownNetworks</c>.</summary>
    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; only the configured proxies are trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            // With both lists empty the middleware would believe every peer: then no forwarded header is read at all.
            if (options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0) options.ForwardedHeaders = ForwardedHeaders.None;
        });
        return services;
    }

    public static bool RateLimitingEnabled(this IServiceProvider services) => services.GetRequiredService<RateLimitSettings>().Enabled;

    private static string Client(HttpContext context, RateLimitSettings settings) => ClientNetwork.Of(context.Connection.RemoteIpAddress, settings.Ipv6PrefixLength);

    /// <summary>The subject of an authenticated staff token (a bearer token's identity; a key's is not the request's user here).</summary>
    private static string? StaffUser(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst("sub")?.Value ?? "no-subject" : null;

    private static bool IsAuthenticated(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true || context.Features.Get<AuthenticatedApiKey>() is not null;

    private static bool PresentsCredentials(HttpContext context) =>
        context.Request.Headers.Authorization.Count > 0 || context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header);

    // Requests with credentials are counted before authorization: against their identity, or as anonymous when they fail.
    private static bool IsAnonymousRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && !PresentsCredentials(context) &&
        (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/embed"));

    private static void Refuse(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (rejected, ct) =>
        {
            var http = rejected.HttpContext;
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            http.RequestServices.GetService<CallerAllowances>()?.Describe(http);
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests; try again later." },
            });
        };
    }

    /// <summary>Makes each limit's fixed-window partitions: in Redis when the deployment shares one, else in this instance.</summary>
    internal sealed class LimitWindows(SharedRateLimitStore? store)
    {
        public RateLimitPartition<string> Partition(string partition, FixedWindowLimit limit) => store is null
            ? RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
            })
            : RateLimitPartition.Get(partition, name => new RedisFixedWindowLimiter(store, name, limit));
    }

    private static string? EndpointName(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;

    /// <summary>An API key the request authenticated with, as its limit knows it.</summary>
    private sealed record AuthenticatedApiKey(string Id);

    /// <summary>The per-client allowance shared by anonymous reads and failed credentials.</summary>
    internal sealed record AnonymousAllowance(PartitionedRateLimiter<string> Limiter);

    /// <summary>
    /// The staff's and the API keys' own allowances, held apart from the other limits so that their answers can say what
    /// is left of them: <c>RateLimit-Policy</c> and <c>RateLimit</c>, as draft-ietf-httpapi-ratelimit-headers (09) names
    /// them. The reset (<c>t</c>) is left out: a fixed window's next start is the limiter's, not known here; a 429 says
    /// when to retry in <c>Retry-After</c>.
    /// </summary>
    internal sealed class CallerAllowances(RateLimitSettings settings, LimitWindows windows)
    {
        public PartitionedRateLimiter<HttpContext> Staff { get; } = PartitionedRateLimiter.Create<HttpContext, string>(context => StaffUser(context) is { } user
            ? windows.Partition("staff:" + user, settings.Staff)
            : RateLimitPartition.GetNoLimiter(""));

        public PartitionedRateLimiter<HttpContext> Keys { get; } = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Features.Get<AuthenticatedApiKey>() is { } key
                ? windows.Partition("key:" + key.Id, settings.ApiKey)
                : RateLimitPartition.GetNoLimiter(""));

        /// <summary>Adds the caller's policy and what is left of it to the answer; nothing for anonymous callers.</summary>
        public void Describe(HttpContext context)
        {
            var (name, limit, limiter) = StaffUser(context) is not null ? ("staff", settings.Staff, Staff)
                : context.Features.Get<AuthenticatedApiKey>() is not null ? ("api-key", settings.ApiKey, Keys)
                : (null, null, null);
            if (name is null || limit is null || limiter is null) return;
            var remaining = limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
            context.Response.Headers["RateLimit-Policy"] = string.Create(CultureInfo.InvariantCulture, $"\"{name}\";q={limit.PermitLimit};w={(long)limit.Window.TotalSeconds}");
            context.Response.Headers["RateLimit"] = string.Create(CultureInfo.InvariantCulture, $"\"{name}\";r={remaining}");
        }
    }
}
