using System.Diagnostics;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Scc.Api.Observability;

/// <summary>
/// Traces and metrics for operators: ASP.NET Core, outgoing HTTP, Npgsql, the .NET runtime and the API's own
/// meter. They go out by OTLP only when an endpoint is configured (<c>OpenTelemetry:OtlpEndpoint</c> or the
/// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), so a plain start costs nothing.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "scc-api";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:OtlpEndpoint"] is { Length: > 0 } configured
            ? configured
            : Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (string.IsNullOrWhiteSpace(endpoint)) return services;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                    options.EnrichWithHttpResponse = (span, response) => RecordRouteNotPath(span, response.HttpContext);
                })
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(otlp => otlp.Endpoint = new Uri(endpoint)))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(Infrastructure.Outbox.OutboxMetrics.MeterName)
                .AddOtlpExporter(otlp => otlp.Endpoint = new Uri(endpoint)));
        return services;
    }

    /// <summary>
    /// A path can hold a secret (a registrant's manage token, <c>/api/v1/registrations/manage/{token}</c>), so a span
    /// records the route template as its path, never the path as sent; a request that matched no route records none.
    /// </summary>
    private static void RecordRouteNotPath(Activity span, HttpContext context) =>
        span.SetTag(UrlPathTag, (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText);

    private const string UrlPathTag = "url.path";

    /// <summary>
    /// The host's own request logs ("Request starting ... path", and the <c>RequestPath</c> scope it gives every log
    /// line of a request) and routing's debug lines carry the path as sent, so they are off whatever
    /// <c>Logging:LogLevel</c> says (a rule added here comes after those of the configuration, and the last rule of a
    /// category wins). Log lines carry the trace id instead; the trace carries the route template.
    /// </summary>
    public static ILoggingBuilder WithoutRequestPaths(this ILoggingBuilder logging) => logging
        .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None)
        .AddFilter("Microsoft.AspNetCore.Routing.Matching", LogLevel.Information);
}
