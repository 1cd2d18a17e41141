using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Scc.Api.Auth;
using Scc.Api.Endpoints.V1;
using Scc.Api.ErrorHandling;
using Scc.Application.Common;
using Scc.Application.Common.Idempotency;
using Scc.Domain.ApiKeys;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Scc.Api.OpenApi;

/// <summary>
/// Completes each operation from what the endpoint is: its security requirement (<c>[]</c> when anonymous), every
/// problem it can answer with the codes of each status, the conditional and idempotency headers it reads, and the
/// headers its answers carry.
/// </summary>
public sealed class OperationContractFilter(IOptions<KestrelServerOptions> kestrel) : IOperationFilter
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>The codes of each status that come from the pipeline rather than from one endpoint.</summary>
    private static readonly Dictionary<int, string[]> Generic = new()
    {
        [StatusCodes.Status400BadRequest] = [ProblemCodes.ValidationFailed, ProblemCodes.MalformedRequest],
        [StatusCodes.Status401Unauthorized] = [ProblemCodes.Unauthorized],
        [StatusCodes.Status403Forbidden] = [ProblemCodes.Forbidden],
        [StatusCodes.Status404NotFound] = [ProblemCodes.NotFound],
        [StatusCodes.Status408RequestTimeout] = [ProblemCodes.RequestBodyTimeout],
        [StatusCodes.Status412PreconditionFailed] = [ProblemCodes.PreconditionFailed],
        [StatusCodes.Status415UnsupportedMediaType] = [ProblemCodes.UnsupportedMediaType],
        [StatusCodes.Status422UnprocessableEntity] = [IdempotencyErrors.KeyReused.Code],
        [StatusCodes.Status429TooManyRequests] = [ProblemCodes.RateLimited],
        [StatusCodes.Status500InternalServerError] = [ProblemCodes.InternalError],
        [StatusCodes.Status503ServiceUnavailable] = [ProblemCodes.DatabaseUnavailable, ProblemCodes.RequestTimeout],
    };

    // The server's own limit, as configured (Limits:MaxRequestBodyBytes), for operations without one of their own.
    private readonly long? serverBodyLimit = kestrel.Value.Limits.MaxRequestBodySize;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var api = context.ApiDescription;
        var metadata = api.ActionDescriptor.EndpointMetadata;
        var authorization = metadata.OfType<IAuthorizeData>().ToList();
        var anonymous = authorization.Count == 0 || metadata.OfType<IAllowAnonymous>().Any();
        var hasBody = api.ParameterDescriptions.Any(p => p.Source.Id is "Body" or "Form" or "FormFile");
        var hasInput = hasBody || api.ParameterDescriptions.Any(p => p.Source.Id == "Query");
        var conditional = metadata.OfType<ConditionalGetMetadata>().LastOrDefault();
        var ifMatch = metadata.OfType<IfMatchMetadata>().Any();
        var idempotent = api.ParameterDescriptions.Any(p => p.Source.Id == "Header" && p.Name == IdempotencyKeyHeader);

        operation.Security = anonymous ? OptionalRequirements(metadata, authorization, context) : Requirements(authorization, context);

        var problems = new SortedDictionary<int, SortedSet<string>>();
        void Add(int status, params string[] codes)
        {
            if (!problems.TryGetValue(status, out var set)) problems[status] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.UnionWith(codes);
        }

        if (hasInput) Add(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, ProblemCodes.MalformedRequest);
        if (!anonymous)
        {
            Add(StatusCodes.Status401Unauthorized, ProblemCodes.Unauthorized);
            Add(StatusCodes.Status403Forbidden, ProblemCodes.Forbidden);
        }
        if (api.ParameterDescriptions.Any(p => p.Source.Id == "Path")) Add(StatusCodes.Status404NotFound, ProblemCodes.NotFound);
        if (ifMatch) Add(StatusCodes.Status412PreconditionFailed, ProblemCodes.PreconditionFailed);
        if (hasBody)
        {
            Add(StatusCodes.Status408RequestTimeout, ProblemCodes.RequestBodyTimeout);
            Add(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge);
            Add(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType);
        }
        if (idempotent) Add(StatusCodes.Status422UnprocessableEntity, IdempotencyErrors.KeyReused.Code);
        // Staff and API keys are limited on every operation, anonymous callers per client (submissions, manage-token
        // look-ups, reads that reach the database, failed credentials).
        Add(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited);
        Add(StatusCodes.Status500InternalServerError, ProblemCodes.InternalError);
        Add(StatusCodes.Status503ServiceUnavailable, ProblemCodes.DatabaseUnavailable, ProblemCodes.RequestTimeout);
        foreach (var declared in metadata.OfType<ProblemCodesMetadata>()) Add(declared.Status, [.. declared.Codes]);

        operation.Responses ??= [];
        foreach (var status in operation.Responses.Keys.Where(k => k.StartsWith('4') || k.StartsWith('5')).ToList()) operation.Responses.Remove(status);
        foreach (var (status, codes) in problems)
        {
            var bodyLimit = status == StatusCodes.Status413PayloadTooLarge
                ? metadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault()?.MaxRequestBodySize ?? serverBodyLimit
                : null;
            // An answer with the codes any operation gives for its status is shared; one with codes of its own is the operation's.
            var shared = Generic.TryGetValue(status, out var generic) && codes.SetEquals(generic);
            operation.Responses[Status(status)] = ProblemResponses.Create(status, codes, context, bodyLimit, shared);
        }

        Headers(operation, context, conditional, ifMatch, negotiatesLanguage: api.ParameterDescriptions.Any(p => p.Source.Id == "Query" && p.Name == "lang"));
    }

    private static string Status(int status) => status.ToString(CultureInfo.InvariantCulture);

    private static void Headers(OpenApiOperation operation, OperationFilterContext context, ConditionalGetMetadata? conditional, bool ifMatch, bool negotiatesLanguage)
    {
        operation.Parameters ??= [];
        if (conditional is not null)
        {
            operation.Parameters.Add(HeaderParameter(HeaderNames.IfNoneMatch,
                "An ETag from an earlier answer: when the resource has not changed since, the answer is 304 with no body."));
            operation.Responses![Status(StatusCodes.Status304NotModified)] = new OpenApiResponse
            {
                Description = "Not modified: the ETag sent in If-None-Match is still current.",
                Headers = new Dictionary<string, IOpenApiHeader> { [HeaderNames.ETag] = ETagHeader() },
            };
        }
        if (ifMatch)
        {
            operation.Parameters.Add(HeaderParameter(HeaderNames.IfMatch,
                "The ETag read with the resource: the change applies only if nobody changed it since (else 412). Without it the change applies."));
        }
        foreach (var key in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Header && p.Name == IdempotencyKeyHeader))
        {
            key.Description = "A key of the client's own for this submission (a UUID, say): a retry with the same key and body within 24 hours gets " +
                              "the first answer again, so a lost answer can be retried safely; the same key with another body is 422 idempotency_key_reused.";
            key.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = IdempotencyKey.MinLength, MaxLength = IdempotencyKey.MaxLength };
        }
        foreach (var token in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Header && p.Name == RegistrationsEndpoints.ManageTokenHeader))
        {
            // Bound as optional so that a missing header gets a problem naming it rather than the framework's own 400.
            token.Required = true;
            token.Description = "The manage token given when registering (as in the e-mailed link). Sent in this header, it stays out of " +
                                "addresses, which proxies, browser history and access logs keep.";
        }
        if (operation.Parameters.Count == 0) operation.Parameters = null;

        // A body that is not JSON (iCalendar, Atom, CSV, HTML) is text, whatever type the endpoint declared it from.
        foreach (var media in operation.Responses!.Where(r => r.Key.StartsWith('2')).SelectMany(r => r.Value.Content ?? new Dictionary<string, IOpenApiMediaType>())
                     .Where(c => !c.Key.EndsWith("json", StringComparison.Ordinal)).Select(c => c.Value).OfType<OpenApiMediaType>())
        {
            media.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        foreach (var response in context.ApiDescription.SupportedResponseTypes.Where(r => r.StatusCode is 200 or 201))
        {
            if (!operation.Responses!.TryGetValue(Status(response.StatusCode), out var documented) || documented is not OpenApiResponse answer) continue;
            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (response.Type is { } type && typeof(IVersioned).IsAssignableFrom(type)) answer.Headers[HeaderNames.ETag] = ETagHeader();
            if (response.StatusCode == StatusCodes.Status201Created)
                answer.Headers[HeaderNames.Location] = Header("The address of what was created.", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" });
            if (conditional is not null) answer.Headers.TryAdd(HeaderNames.ETag, ETagHeader());
            if (conditional is { LastModified: true })
                answer.Headers[HeaderNames.LastModified] = Header("When the newest item last changed (absent when there is none); send it back in If-Modified-Since.",
                    new OpenApiSchema { Type = JsonSchemaType.String });
            if (negotiatesLanguage)
                answer.Headers[HeaderNames.ContentLanguage] = Header("The one language of the texts, when the answer has one (a feed, an HTML page): " +
                    "lang, else the best match of Accept-Language, else en.", new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("en"), JsonValue.Create("zh-Hant")] });
            if (answer.Headers.Count == 0) answer.Headers = null;
        }
    }

    private static OpenApiHeader ETagHeader() =>
        Header("The version of what was answered; send it back in If-None-Match (reads) or If-Match (writes).", new OpenApiSchema { Type = JsonSchemaType.String }, required: true);

    private static OpenApiHeader Header(string description, OpenApiSchema schema, bool required = false) =>
        new() { Description = description, Schema = schema, Required = required };

    private static OpenApiParameter HeaderParameter(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    /// <summary>True when the handler looks at who calls (staff see drafts), so a token is optional rather than ignored.</summary>
    private static bool ReadsCaller(IList<object> metadata) =>
        metadata.OfType<MethodInfo>().Any(m => m.GetParameters().Any(p => p.ParameterType == typeof(ClaimsPrincipal)));

    /// <summary>
    /// A public read is anonymous; when the handler looks at the caller, a staff token, and an API key with content:read
    /// where the endpoint runs that policy's schemes, are optional alternatives that see more (drafts).
    /// </summary>
    private static List<OpenApiSecurityRequirement> OptionalRequirements(IList<object> metadata, List<IAuthorizeData> authorization, OperationFilterContext context)
    {
        if (!ReadsCaller(metadata)) return [];
        List<OpenApiSecurityRequirement> requirements = [new OpenApiSecurityRequirement(), StaffRequirement(context, [Policies.EditorRole, Policies.AdminRole])];
        if (authorization.Any(a => a.Policy == Policies.ContentRead)) requirements.Add(KeyRequirement(context, ApiKeyScopes.ContentRead));
        return requirements;
    }

    private static List<OpenApiSecurityRequirement> Requirements(List<IAuthorizeData> authorization, OperationFilterContext context)
    {
        var policies = authorization.Select(a => a.Policy).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (policies.Contains(Policies.Admin)) return [StaffRequirement(context, [Policies.AdminRole])];
        if (policies.Contains(Policies.ContentDelete))
            return [StaffRequirement(context, [Policies.AdminRole]), KeyRequirement(context, ApiKeyScopes.ContentPublish)];
        var staff = StaffRequirement(context, [Policies.EditorRole, Policies.AdminRole]);
        // Each of these policies is named after the key scope it accepts.
        string[] scoped = [Policies.RegistrationsWrite, Policies.RegistrationsRead, Policies.ContentWrite, Policies.ContentPublish, Policies.ContentRead];
        var scope = scoped.FirstOrDefault(policies.Contains);
        if (scope is null) return [staff];
        return [staff, KeyRequirement(context, scope)];
    }

    private static OpenApiSecurityRequirement KeyRequirement(OperationFilterContext context, string scope) =>
        new() { [new OpenApiSecuritySchemeReference(SwaggerSetup.ApiKeyScheme, context.Document)] = [scope] };

    /// <summary>A staff token with one of <paramref name="roles"/> (OpenAPI 3.1 lists roles for non-OAuth schemes).</summary>
    private static OpenApiSecurityRequirement StaffRequirement(OperationFilterContext context, List<string> roles) =>
        new() { [new OpenApiSecuritySchemeReference(SwaggerSetup.BearerScheme, context.Document)] = roles };
}
