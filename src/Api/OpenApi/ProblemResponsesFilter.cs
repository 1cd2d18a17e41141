using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>
/// Documents the problems every operation can answer besides its own (bad input, authentication, outages),
/// and marks operations that need a staff token.
/// </summary>
public sealed class ProblemResponsesFilter(IOptions<KestrelServerOptions> kestrel) : IOperationFilter
{
    // The server's own limit, as configured (Limits:MaxRequestBodyBytes), for operations without one of their own.
    private readonly long? serverBodyLimit = kestrel.Value.Limits.MaxRequestBodySize;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var needsToken = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var hasInput = context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id is "Body" or "Query");
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);

        operation.Responses ??= [];
        if (hasInput) Add(operation, problem, StatusCodes.Status400BadRequest, "The input is invalid: `errors` names each field at fault.");
        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Body"))
        {
            var bodyLimit = metadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault()?.MaxRequestBodySize ?? serverBodyLimit;
            Add(operation, problem, StatusCodes.Status413PayloadTooLarge, bodyLimit is null ? "The body is too large." :
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The body is over this operation's limit of {bodyLimit:N0} bytes."));
            Add(operation, problem, StatusCodes.Status415UnsupportedMediaType, "The body is not application/json.");
        }
        if (needsToken)
        {
            Add(operation, problem, StatusCodes.Status401Unauthorized, "No token, or an invalid or expired one.");
            Add(operation, problem, StatusCodes.Status403Forbidden, "The token's role (or the API key's scope) may not do this.");
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SwaggerSetup.BearerScheme, context.Document)] = [] }];
            // Either a staff token or an API key with the scope will do.
            if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is Auth.Policies.RegistrationsRead or Auth.Policies.RegistrationsWrite))
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SwaggerSetup.ApiKeyScheme, context.Document)] = [] });
        }
        Add(operation, problem, StatusCodes.Status503ServiceUnavailable, "The database is unavailable; retry after `Retry-After` seconds.");
        Add(operation, problem, StatusCodes.Status500InternalServerError, "An unexpected error; quote the `traceId`.");
    }

    private static void Add(OpenApiOperation operation, IOpenApiSchema problem, int status, string description) =>
        operation.Responses!.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } },
        });
}
