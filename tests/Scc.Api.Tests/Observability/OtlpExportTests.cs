using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Scc.Api.Observability;
using Scc.Api.Tests.Support;

namespace Scc.Api.Tests.Observability;

/// <summary>The API set up by OpenTelemetry's standard variables only, exporting to an OTLP/HTTP receiver of the test's own.</summary>
public sealed class OtlpApiFactory(Uri endpoint) : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // As the environment variables would give them (any configuration source does).
        builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint.ToString());
        builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        builder.UseSetting("OTEL_EXPORTER_OTLP_HEADERS", "x-collector-tenant=scc-test");
        builder.UseSetting("OTEL_SERVICE_NAME", "scc-api-staging");
        builder.UseSetting("OTEL_RESOURCE_ATTRIBUTES", "deployment.environment.name=staging,service.namespace=scc");
        // Batches go out within a second rather than the default 5 (spans, logs) and 60 seconds (metrics).
        builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "200");
        builder.UseSetting("OTEL_BLRP_SCHEDULE_DELAY", "200");
        builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "500");
        // An operator investigating: the framework's Information lines too (routing's "Executing endpoint").
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information");
    }
}

/// <summary>
/// OpenTelemetry's standard export (<c>UseOtlpExporter</c>): traces, metrics and logs of a request reach an OTLP/HTTP
/// collector, under the resource the OTEL_* variables describe, with no personal data.
/// </summary>
public sealed class OtlpExportTests
{
    private const string Email = "otlp-export@example.org";
    private const string Name = "Wong Exported";
    private static readonly string[] Signals = ["traces", "metrics", "logs"];

    [Fact]
    public async Task OneRequest_ReachesAnOtlpCollector_AsAServerSpanWithItsRoute_AMetricAndALogRecord_UnderTheConfiguredResource()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        using var diagnostics = new OpenTelemetryDiagnostics();
        var api = new OtlpApiFactory(receiver.Endpoint);
        string trace, token, eventId;
        await api.InitializeAsync();
        try
        {
            eventId = await api.OpenEventAsync("Exported Seminar");
            // Activity listeners are process-wide: this test's requests run in a trace of its own, sampled.
            using (var root = new Activity(nameof(OtlpExportTests)) { ActivityTraceFlags = ActivityTraceFlags.Recorded }.Start())
            {
                trace = root.TraceId.ToHexString();
                token = (await api.RegisterAsync(eventId, Email, name: Name))["manageToken"]!.GetValue<string>();
                Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/api/v1/events/{eventId}")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await api.Anonymous().GetAsync($"/api/v1/registrations/manage/{token}")).StatusCode);
            }
            // Each signal's batch goes out on its own schedule: wait (bounded) for one of each.
            var until = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < until && Signals.Any(signal => !receiver.Exports.Snapshot().Any(e => e.Signal == signal)))
                await Task.Delay(200);
        }
        finally
        {
            // Stopping the host flushes every signal's exporter.
            await api.DisposeAsync();
        }

        var exports = receiver.Exports.Snapshot();
        Assert.True(exports.Count > 0, "nothing was exported; OpenTelemetry said:\n" + diagnostics);
        Assert.All(exports, export => Assert.Equal("scc-test", export.Headers.GetValueOrDefault("x-collector-tenant")));
        Assert.All(exports, export => Assert.StartsWith("application/x-protobuf", export.Headers["content-type"], StringComparison.Ordinal));

        // Resource: OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, and the version the API was built as.
        var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
        Assert.Equal(version, Telemetry.ServiceVersion);
        foreach (var signal in Signals)
        {
            var resources = exports.Where(e => e.Signal == signal).SelectMany(Otlp.Items).Select(item => item.Resource).ToList();
            Assert.True(resources.Count > 0, $"no {signal} were exported (exports: {string.Join(", ", exports.Select(e => e.Signal))}); OpenTelemetry said:\n{diagnostics}");
            Assert.All(resources, resource =>
            {
                Assert.Equal("scc-api-staging", resource.GetValueOrDefault("service.name"));
                Assert.Equal(version, resource.GetValueOrDefault("service.version"));
                Assert.Equal("staging", resource.GetValueOrDefault("deployment.environment.name"));
                Assert.Equal("scc", resource.GetValueOrDefault("service.namespace"));
            });
        }

        // Traces: the server span of the GET (Span: trace_id 1, name 5, kind 6 = SERVER 2, attributes 9), with its route.
        var serverSpans = exports.Where(e => e.Signal == "traces").SelectMany(Otlp.Items)
            .Select(item => item.Item)
            .Where(span => Otlp.Hex(span.Bytes(1)) == trace && span.Number(6) == 2)
            .Select(span => (Name: span.Text(5), Attributes: Otlp.Attributes(span, 9)))
            .ToList();
        var read = Assert.Single(serverSpans, span => span.Attributes.GetValueOrDefault("http.request.method") as string == "GET"
            && span.Attributes.GetValueOrDefault("http.route") as string == "/api/v1/events/{id:guid}");
        Assert.Equal(200L, read.Attributes.GetValueOrDefault("http.response.status_code"));
        Assert.Equal("GET /api/v1/events/{id:guid}", read.Name);
        Assert.Contains(serverSpans, span => span.Attributes.GetValueOrDefault("http.route") as string == "/api/v1/events/{eventId:guid}/registrations");

        // Metrics: ASP.NET Core's request duration (Metric: name 1, histogram 9 → data_points 1 → attributes 9), by route.
        var metrics = exports.Where(e => e.Signal == "metrics").SelectMany(Otlp.Items).ToList();
        var duration = metrics.Where(m => m.Item.Text(1) == "http.server.request.duration").Select(m => m.Item).ToList();
        Assert.NotEmpty(duration);
        Assert.Contains(duration.SelectMany(m => m.Message(9)!.Messages(1)), point => Otlp.Attributes(point, 9).GetValueOrDefault("http.route") as string == "/api/v1/events/{id:guid}");

        // Logs: a record written during the request, tied to its trace (LogRecord: body 5, attributes 6, trace_id 9).
        var logs = exports.Where(e => e.Signal == "logs").SelectMany(Otlp.Items).Select(item => item.Item).ToList();
        Assert.Contains(logs, log => Otlp.Hex(log.Bytes(9)) == trace);

        // No personal data and no secret path in any span or log record of the API's. The test's own HTTP client runs in
        // this process and is traced too (scope System.Net.Http): its spans are the caller's, with the address it called.
        var leaks = exports.Where(e => e.Signal != "metrics").SelectMany(e => Otlp.Items(e).Select(item => (e.Signal, item.Scope, item.Item)))
            .Where(item => item.Scope != "System.Net.Http")
            .SelectMany(item => new[] { Email, Name, token }
                .Where(secret => item.Item.Raw.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0)
                .Select(secret => $"{item.Signal} of {item.Scope}: {Encoding.UTF8.GetString(item.Item.Raw)}"))
            .ToList();
        Assert.True(leaks.Count == 0, "Personal data or a manage token was exported:\n" + string.Join('\n', leaks.Distinct()));
    }
}
