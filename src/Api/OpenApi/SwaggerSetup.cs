using Asp.Versioning.ApiExplorer;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

public static class SwaggerSetup
{
    public const string BearerScheme = "Bearer";

    public const string ApiKeyScheme = "ApiKey";

    /// <summary>
    /// Swagger UI loads its script and styles from its own files, so the page may run and style nothing else; it talks
    /// only to this API, and no other site may frame it. Its icons are <c>data:</c> images. The one inline style Swagger
    /// UI adds is allowed by its hash, which changes only with the Swashbuckle version (the browser test names the new one).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddTransient<IConfigureOptions<SwaggerGenOptions>, VersionedSwaggerDocuments>();
        services.AddSwaggerGen(options =>
        {
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A staff token with the role claim `editor` or `admin`. In Development: `dotnet user-jwts create --project src/Api --role editor`.",
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Auth.ApiKeyAuthenticationHandler.Header,
                Description = "An integration key (`scc_...`) created by an admin at /api/v1/api-keys, with some of the scopes `registrations:read`, `registrations:write`, `content:read`, `content:write` and `content:publish`. " +
                              "Accepted only where an operation says so; everything else needs a staff token.",
            });
            options.OperationFilter<OperationContractFilter>();
            options.ParameterFilter<QueryParameterFilter>();
            options.SchemaFilter<RelativeLinkSchemaFilter>();
            options.SchemaFilter<ClosedSetsSchemaFilter>();
            options.OperationFilter<RequestExampleFilter>();
            options.OperationFilter<AnswerExampleFilter>();
            options.CustomSchemaIds(SchemaId);
            options.SupportNonNullableReferenceTypes();
            options.DocumentFilter<ExactSchemasFilter>();
            options.DocumentFilter<DocumentContractFilter>();
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(Application.Common.IAppDbContext).Assembly, typeof(Domain.Common.Entity).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
                if (File.Exists(xml)) options.IncludeXmlComments(xml, includeControllerXmlComments: true);
            }
        });
        return services;
    }

    /// <summary>Readable, unique schema names: commands lose their suffix, pages name their items.</summary>
    public static string SchemaId(Type type)
    {
        if (type.IsGenericType)
        {
            var arguments = string.Concat(type.GetGenericArguments().Select(SchemaId));
            return arguments + type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        }
        var name = type.Name;
        return name.EndsWith("Command", StringComparison.Ordinal) ? name[..^"Command".Length] : name;
    }

    /// <summary>One OpenAPI document per API version.</summary>
    private sealed class VersionedSwaggerDocuments(IApiVersionDescriptionProvider versions) : IConfigureOptions<SwaggerGenOptions>
    {
        public void Configure(SwaggerGenOptions options)
        {
            foreach (var description in versions.ApiVersionDescriptions)
            {
                options.SwaggerDoc(description.GroupName, new OpenApiInfo
                {
                    Title = "Smart City Consortium Platform API",
                    Version = description.ApiVersion.ToString(),
                    Description = "Events, delegations, MoUs, partnerships and registrations of the Smart City Consortium, in English and Traditional Chinese.\n\n" +
                                  "- Every GET is also answered to HEAD, with the same status and headers and no body.\n" +
                                  "- Errors are `application/problem+json` (RFC 9457) with a machine-readable `code`; each operation lists the codes of each " +
                                  "status it can answer. A problem's `type` is its page on the host that answered, `/problems/{code with hyphens}`; " +
                                  "`/problems` lists them all.\n" +
                                  "- Lists are cursor-paged: `limit` (1 to 100, default 20) and `cursor`, the `nextCursor` of the previous page (null on the last).\n" +
                                  "- Single resources carry an ETag: `If-None-Match` gives 304 when unchanged; `If-Match` on a write gives 412 when someone changed it since.\n" +
                                  "- Submissions take an `Idempotency-Key`: a retry with the same key and body gets the first answer again.\n\n" +
                                  "Compatibility (docs/versioning.md): within `/api/v1` changes only add: new operations, new optional request fields " +
                                  "and parameters, new answer fields, new enum values and problem codes (each announced in the changelog; keep a " +
                                  "default case), new headers. Removing or renaming anything, changing a type, a meaning or a status, or requiring " +
                                  "more of a request needs `/api/v2`, served beside v1. Something deprecated is marked `deprecated` here, says so " +
                                  "at run time with `Deprecation` (RFC 9745), `Sunset` (RFC 8594) and `Link; rel=\"deprecation\"` headers, and keeps " +
                                  "working at least twelve months after its deprecation.",
                });
            }
            // Only versioned endpoints belong in a version's document (health checks do not).
            // HEAD is answered wherever GET is (the document says so once), so it is not listed per operation.
            options.DocInclusionPredicate((document, api) => api.GroupName == document && api.HttpMethod != HttpMethods.Head);
        }
    }
}
