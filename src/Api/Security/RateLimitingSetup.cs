using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Scc.Api.Auth;
using Scc.Domain.ApiKeys;

namespace Scc.Api.Security;

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
    public FixedWindowLimit ApiKey { get; set; } = new() { PermitLimit = 600 };
    public FixedWindowLimit Staff { get; set; } = new() { PermitLimit = 600 };
}

public static class RateLimitingSetup
{
    // Endpoint names (WithName) of the public endpoints limited on their own.
    private const string RegisterForEvent = "RegisterForEvent";
    private static readonly HashSet<string> ManageTokenEndpoints = ["GetOwnRegistration", "CancelOwnRegistration"];

    /// <summary>
    /// ASP.NET Core's limiter, with chained partitions: registration submits per client IP and per event, manage-token
    /// look-ups per client IP (token guessing), API-key requests per key, staff requests per user. A refusal is a 429
    /// problem (<c>rate_limited</c>) with <c>Retry-After</c>.
    /// </summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimiting").Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddSingleton(settings);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => EndpointName(context) == RegisterForEvent
                    ? Window("submit-ip:" + ClientIp(context), settings.RegistrationsPerIp)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => EndpointName(context) == RegisterForEvent
                    ? Window("submit-event:" + context.Request.RouteValues["eventId"], settings.RegistrationsPerEvent)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => ManageTokenEndpoints.Contains(EndpointName(context) ?? "")
                    ? Window("manage-ip:" + ClientIp(context), settings.ManageTokenPerIp)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(CallerPartition(settings)));
            options.OnRejected = async (rejected, ct) =>
            {
                var http = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests; try again later." },
                });
            };
        });
        return services;
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

    /// <summary>API keys by key (their visible prefix), staff by token subject; anonymous callers are limited per endpoint only.</summary>
    private static Func<HttpContext, RateLimitPartition<string>> CallerPartition(RateLimitSettings settings) => context =>
    {
        if (context.Request.Headers.TryGetValue(ApiKeyAuthenticationHandler.Header, out var key) && ApiKeySecret.TryPrefix(key.ToString(), out var prefix))
            return Window("key:" + prefix, settings.ApiKey);
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirst("sub")?.Value is { } subject)
            return Window("staff:" + subject, settings.Staff);
        return RateLimitPartition.GetNoLimiter("");
    };

    private static RateLimitPartition<string> Window(string partition, FixedWindowLimit limit) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });

    private static string? EndpointName(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
