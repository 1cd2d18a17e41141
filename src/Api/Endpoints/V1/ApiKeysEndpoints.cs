using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.ApiKeys;
using Scc.Application.ApiKeys.CreateApiKey;
using Scc.Application.ApiKeys.GetApiKey;
using Scc.Application.ApiKeys.ListApiKeys;
using Scc.Application.ApiKeys.RevokeApiKey;
using Scc.Application.Common.Paging;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/api-keys</c>: keys for integration scripts, managed by admins.</summary>
public static class ApiKeysEndpoints
{
    public static IEndpointRouteBuilder MapApiKeysEndpoints(this IEndpointRouteBuilder app)
    {
        var keys = app.NewVersionedApi("ApiKeys").MapGroup("/api/v1/api-keys").HasApiVersion(1.0).WithTags("API keys")
            .RequireAuthorization(Policies.Admin).AnswerHeadLikeGet();

        keys.MapPost("/", Create).WithName("CreateApiKey")
            .WithSummary("Create an API key")
            .WithDescription("The answer's `secret` is the key, shown this once: only its hash is kept. Scripts send it as `X-Api-Key`. " +
                             "Scopes: `registrations:read` (list, read, export, changes feed), `registrations:write` (bulk upsert), " +
                             "`content:read` (drafts in content reads and the content changes feed), `content:write` (create and replace events, series, " +
                             "organisations, people, partnerships, programmes, funding programmes, delegations, MoUs and digests), " +
                             "`content:publish` (their status changes, and deletions). " +
                             "With `eventId` the key sees only that event's registrations; such a key can have registration scopes only.");
        keys.MapGet("/", List).WithName("ListApiKeys").WithSummary("List API keys").WithDescription("Revoked keys included; oldest first; cursor-paged.");
        keys.MapGet("/{id:guid}", Get).WithName("GetApiKey").WithSummary("Get an API key")
            .WithConditionalGet();
        keys.MapDelete("/{id:guid}", Revoke).WithName("RevokeApiKey")
            .WithSummary("Revoke an API key").WithDescription("The key stops working at once (401); the record stays. Revoking again changes nothing.")
            .WithProblems(StatusCodes.Status412PreconditionFailed, "precondition_failed");
        return app;
    }

    private static async Task<Results<Created<ApiKeyCreated>, ProblemHttpResult>> Create(
        CreateApiKeyCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var createdBy = http.User.FindFirst("sub")?.Value ?? "unknown";
        return await ResourceResults.CreateAsync(sender, command with { CreatedBy = createdBy }, http, r => $"/api/v1/api-keys/{r.Key.Id}", ct);
    }

    /// <param name="cursor">The nextCursor of the previous page.</param>
    /// <param name="limit">Page size, 1 to 100 (default 20).</param>
    private static async Task<Results<Ok<Page<ApiKeyResponse>>, ProblemHttpResult>> List(
        [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new ListApiKeysQuery(cursor, limit), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ApiKeyResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
        await ResourceResults.ReadAsync(sender, new GetApiKeyQuery(id), http, ct);

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid id, ISender sender, CancellationToken ct) =>
        await ResourceResults.DeleteAsync(sender, new RevokeApiKeyCommand(id), ct);
}
