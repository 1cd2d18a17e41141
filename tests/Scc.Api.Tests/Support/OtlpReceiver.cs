using System.IO.Compression;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Scc.Api.Tests.Support;

/// <summary>One OTLP/HTTP export as received: the signal (traces, metrics or logs), its headers and its protobuf body.</summary>
public sealed record OtlpExport(string Signal, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The export request (ExportTraceServiceRequest, ExportMetricsServiceRequest, ExportLogsServiceRequest).</summary>
    public ProtoMessage Request => ProtoMessage.Parse(Body);
}

/// <summary>
/// An OTLP/HTTP receiver on a real Kestrel on a loopback port: it takes protobuf at <c>/v1/traces</c>, <c>/v1/metrics</c>
/// and <c>/v1/logs</c> (gzip too) as a collector does, keeps each export and answers the empty success response.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private OtlpReceiver(WebApplication app) => this.app = app;

    public LockedCollection<OtlpExport> Exports { get; } = new();

    /// <summary>The base address, as <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> takes it (the exporter appends <c>/v1/{signal}</c>).</summary>
    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            if (signal is not ("traces" or "metrics" or "logs")) return Results.NotFound();
            if (request.ContentType?.StartsWith("application/x-protobuf", StringComparison.Ordinal) != true)
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            var body = request.Headers.ContentEncoding == "gzip" ? new GZipStream(request.Body, CompressionMode.Decompress) : request.Body;
            using var buffer = new MemoryStream();
            await body.CopyToAsync(buffer);
            receiver.Exports.Add(new OtlpExport(signal, request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), buffer.ToArray()));
            // An empty Export*ServiceResponse: everything accepted.
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        var address = app.Urls.Single();
        receiver.Endpoint = new Uri(address);
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>The parts of the OTLP messages the tests read, by their field numbers in opentelemetry-proto.</summary>
public static class Otlp
{
    /// <summary>Resource, scope and item of every span, metric or log record in an export.</summary>
    public static IEnumerable<(IReadOnlyDictionary<string, object?> Resource, string Scope, ProtoMessage Item)> Items(OtlpExport export)
    {
        // Export*ServiceRequest.resource_{spans,metrics,logs} = 1; Resource* { resource = 1; scope_* = 2 };
        // Scope* { scope = 1 (InstrumentationScope.name = 1); spans / metrics / log_records = 2 }.
        foreach (var resource in export.Request.Messages(1))
        {
            var attributes = Attributes(resource.Message(1), 1);
            foreach (var scope in resource.Messages(2))
            {
                var scopeName = scope.Message(1)?.Text(1) ?? "";
                foreach (var item in scope.Messages(2)) yield return (attributes, scopeName, item);
            }
        }
    }

    /// <summary>A repeated KeyValue field (key = 1, value = 2) as a dictionary of the values' plain form.</summary>
    public static IReadOnlyDictionary<string, object?> Attributes(ProtoMessage? message, int number) =>
        message is null ? new Dictionary<string, object?>()
        : message.Messages(number).GroupBy(pair => pair.Text(1)!).ToDictionary(group => group.Key, group => Value(group.Last().Message(2)));

    /// <summary>AnyValue: string_value = 1, bool_value = 2, int_value = 3, double_value = 4; others as their bytes.</summary>
    public static object? Value(ProtoMessage? value) =>
        value is null ? null
        : value.Text(1) is { } text ? text
        : value.Number(2) is { } flag ? flag != 0
        : value.Number(3) is { } whole ? (long)whole
        : value.Number(4) is { } real ? BitConverter.Int64BitsToDouble((long)real)
        : value.Bytes(5) ?? value.Bytes(6) ?? value.Bytes(7);

    public static string Hex(ByteString? id) => id is null ? "" : Convert.ToHexStringLower(id.Span);
}
