using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Scc.Api.ErrorHandling;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>
/// Problem answers in the document: one <c>Problem</c> schema whose <c>code</c> is the catalogue's closed set, and per
/// operation and status the codes it can answer, each named with its meaning, so that a generated client can switch on
/// them and a test can hold the API to them.
/// </summary>
public static class ProblemResponses
{
    public const string ProblemSchemaId = "Problem";
    public const string CodeSchemaId = "ProblemCode";
    public const string ErrorsSchemaId = "FieldErrors";
    public const string MediaType = "application/problem+json";

    /// <summary>The host the examples' <c>type</c> addresses show; a real answer names the host that answered.</summary>
    public const string ExampleOrigin = "http://localhost:5080";

    /// <summary>
    /// The problem answer of one status: a shared one from the document's components when its codes are the ones every
    /// operation answers that status with (<paramref name="shared"/>), else one of the operation's own.
    /// </summary>
    public static IOpenApiResponse Create(int status, IReadOnlyCollection<string> codes, OperationFilterContext context, long? bodyLimit, bool shared)
    {
        if (!shared || bodyLimit is not null) return Build(status, codes, context, bodyLimit);
        var name = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status).Replace(" ", "", StringComparison.Ordinal);
        context.Document.Components ??= new OpenApiComponents();
        context.Document.Components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        if (!context.Document.Components.Responses.ContainsKey(name)) context.Document.Components.Responses[name] = Build(status, codes, context, null);
        return new OpenApiResponseReference(name, context.Document);
    }

    private static OpenApiResponse Build(int status, IReadOnlyCollection<string> codes, OperationFilterContext context, long? bodyLimit)
    {
        EnsureSchemas(context);
        var entries = codes.Select(code => ProblemCatalogue.Find(code)
            ?? throw new InvalidOperationException($"{context.ApiDescription.RelativePath}: the problem code '{code}' is not in the catalogue.")).ToList();
        var description = new StringBuilder(Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)).Append('.');
        if (bodyLimit is { } limit) description.Append(CultureInfo.InvariantCulture, $" This operation takes at most {limit:N0} bytes.");
        foreach (var entry in entries) description.Append(CultureInfo.InvariantCulture, $"\n- `{entry.Code}`: {entry.Title}.");

        var schema = new OpenApiSchema
        {
            AllOf = [new OpenApiSchemaReference(ProblemSchemaId, context.Document)],
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["code"] = new OpenApiSchema { Enum = [.. entries.Select(e => JsonValue.Create(e.Code))] },
            },
        };
        var headers = new Dictionary<string, IOpenApiHeader>();
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
            headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before retrying.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" },
            };
        if (status == StatusCodes.Status401Unauthorized)
            headers["WWW-Authenticate"] = new OpenApiHeader
            {
                Description = "The schemes that would be accepted.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };

        return new OpenApiResponse
        {
            Description = description.ToString(),
            Headers = headers.Count > 0 ? headers : null,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [MediaType] = new OpenApiMediaType { Schema = schema, Example = Example(entries[0]) },
            },
        };
    }

    /// <summary>A problem as the API writes it, for the document's examples.</summary>
    public static JsonObject Example(ProblemType entry)
    {
        var example = new JsonObject
        {
            ["type"] = ExampleOrigin + entry.Path,
            ["title"] = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(entry.Status),
            ["status"] = entry.Status,
            ["detail"] = entry.Title + ".",
            ["code"] = entry.Code,
            ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        };
        if (entry.Code == ProblemCodes.ValidationFailed)
            example["errors"] = new JsonObject { ["title"] = new JsonArray("At least one of en or zh-Hant is required.") };
        return example;
    }

    private static void EnsureSchemas(OperationFilterContext context)
    {
        var repository = context.SchemaRepository;
        if (repository.Schemas.ContainsKey(ProblemSchemaId)) return;
        repository.Schemas[CodeSchemaId] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "What went wrong, for a program to act on; each code has a page at `/problems/{code with hyphens}`:\n" +
                          string.Concat(ProblemCatalogue.All.Select(p => $"\n- `{p.Code}` ({p.Status}): {p.Title}.")),
            Enum = [.. ProblemCatalogue.All.Select(p => JsonValue.Create(p.Code))],
        };
        repository.Schemas[ErrorsSchemaId] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The fields at fault, by their JSON path in the request (`schedule.endsAt`, `answers[0].choices`), each with its messages.",
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String }, MinItems = 1 },
        };
        repository.Schemas[ProblemSchemaId] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A problem (RFC 9457), the body of every error answer.",
            Required = new SortedSet<string>(["code", "detail", "status", "title", "traceId", "type"], StringComparer.Ordinal),
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String, Format = "uri",
                    Description = "The problem's own address on the host that answered (`https://{host}/problems/event-full`): a page that describes it.",
                },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The status's reason phrase." },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status, repeated." },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong this time, for people." },
                ["code"] = new OpenApiSchemaReference(CodeSchemaId, context.Document),
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Identifies the request in the API's logs and traces; quote it to support." },
                ["errors"] = new OpenApiSchemaReference(ErrorsSchemaId, context.Document) { Description = "With `validation_failed`: the fields at fault." },
            },
        };
    }
}
