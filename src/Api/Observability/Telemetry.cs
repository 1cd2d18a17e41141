using System.Diagnostics;
using System.Reflection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Scc.Api.Observability;

/// <summary>
/// Traces, metrics and logs for operators: ASP.NET Core, outgoing HTTP, Npgsql, the .NET runtime and the API's own
/// meter. They go out by OTLP, set up by OpenTelemetry's standard variables (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>,
/// <c>_PROTOCOL</c>, <c>_HEADERS</c>, <c>OTEL_SERVICE_NAME</c>, <c>OTEL_RESOURCE_ATTRIBUTES</c>...), read from the
/// environment or any other configuration source, and only when an endpoint is set, so a plain start costs nothing.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "scc-api";

    /// <summary>The standard variable that switches the export on (the older <c>OpenTelemetry:OtlpEndpoint</c> is taken for it).</summary>
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The API's version as built (<c>1.1.0+{commit}</c>): the resource's <c>service.version</c>.</summary>
    public static string ServiceVersion { get; } =
        typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // The exporter reads OTEL_* from the configuration: the older setting becomes the standard one when that is unset.
        if (string.IsNullOrWhiteSpace(configuration[EndpointVariable]) && configuration["OpenTelemetry:OtlpEndpoint"] is { Length: > 0 } legacy)
            builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>(EndpointVariable, legacy)]);
        if (string.IsNullOrWhiteSpace(configuration[EndpointVariable])) return builder;

        builder.Services.AddOpenTelemetry()
            // The name and version in code; OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, read after them, win.
            .ConfigureResource(resource => resource
                .AddService(ServiceName, serviceVersion: ServiceVersion, autoGenerateServiceInstanceId: true)
                .AddEnvironmentVariableDetector())
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                    options.EnrichWithHttpResponse = (span, response) => RecordRouteNotPath(span, response.HttpContext);
                })
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(Infrastructure.Outbox.OutboxMetrics.MeterName))
            // The log lines the logging filters let through (WithoutRequestPaths), without scopes: the host's request
            // scope carries the path as sent. Each record carries its trace and span ids.
            .WithLogging(configureBuilder: null, configureOptions: options =>
            {
                options.IncludeScopes = false;
                options.IncludeFormattedMessage = true;
            })
            .UseOtlpExporter();
        return builder;
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
