using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>
/// Puts an example into each successful answer: a real answer of the API on the demo data, kept in
/// <c>OpenApi/Examples/{operationId}.{status}.json</c> (or <c>.txt</c> for a body that is not JSON). The conformance
/// test writes them when asked to (<c>SCC_UPDATE_OPENAPI=1</c>), after validating each against its schema.
/// </summary>
public sealed class AnswerExampleFilter : IOperationFilter
{
    private const string Prefix = "Scc.Api.OpenApi.Examples.";

    private static readonly Assembly Assembly = typeof(AnswerExampleFilter).Assembly;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is not { } id || operation.Responses is null) return;
        foreach (var (status, response) in operation.Responses.Where(r => r.Key.StartsWith('2')))
        {
            foreach (var (mediaType, media) in response.Content?.Where(c => c.Value is OpenApiMediaType) ?? [])
            {
                var json = mediaType.EndsWith("json", StringComparison.Ordinal);
                var text = Read($"{id}.{status}.{(json ? "json" : Extension(mediaType))}");
                if (text is null) continue;
                ((OpenApiMediaType)media).Example = json ? JsonNode.Parse(text) : JsonValue.Create(text);
            }
        }
    }

    /// <summary>The file extension of an example that is not JSON.</summary>
    public static string Extension(string mediaType) => mediaType switch
    {
        "text/calendar" => "ics",
        "application/atom+xml" => "atom",
        "text/csv" => "csv",
        "text/html" => "html",
        _ => "txt",
    };

    private static string? Read(string file)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + file);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
