using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>Puts each request body's example from <see cref="RequestExamples"/> into the document.</summary>
public sealed class RequestExampleFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    // What a client would send: optional properties left out rather than sent as null.
    private readonly JsonSerializerOptions options = new(json.Value.SerializerOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is OpenApiRequestBody { Content: { } content } form && content.TryGetValue("multipart/form-data", out var upload))
        {
            // An upload (an image): the file is required; the example shows the form's fields, the file standing for its bytes.
            form.Required = true;
            if (upload is OpenApiMediaType media)
                media.Example = new System.Text.Json.Nodes.JsonObject
                {
                    ["file"] = "(the bytes of poster.png)", ["altEn"] = "Smart City Seminar: speakers on stage", ["altZhHant"] = "智慧城市研討會：台上講者",
                };
            return;
        }
        var body = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Source.Id == "Body");
        if (body is null || operation.RequestBody?.Content is null) return;
        if (!RequestExamples.ByType.TryGetValue(body.Type, out var example)) return;
        var node = JsonSerializer.SerializeToNode(example, body.Type, options);
        foreach (var media in operation.RequestBody.Content.Values.OfType<OpenApiMediaType>()) media.Example = node;
    }
}
