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
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
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
}
