using Microsoft.OpenApi;
using Scc.Application.Digests;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>Links the API gives relative to itself are URI references, not the absolute URIs a <c>Uri</c> usually is.</summary>
public sealed class RelativeLinkSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        // A digest's link to an internal registration is this API's own path (/api/v1/events/{id}/registrations).
        if (context.Type == typeof(DigestRegistration) && schema.Properties?.TryGetValue("url", out var url) == true && url is OpenApiSchema link)
            link.Format = "uri-reference";
    }
}
