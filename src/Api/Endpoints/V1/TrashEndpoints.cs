using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Scc.Api.Auth;
using Scc.Api.ErrorHandling;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Trash;
using Scc.Application.Trash.ListTrash;
using Scc.Application.Trash.RestoreFromTrash;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/trash</c>: deleted content, restorable until it is purged (ADR 25).</summary>
public static class TrashEndpoints
{
    /// <summary>The description of a content type's DELETE: what the trash does with it, and the type's own refusals.</summary>
    public static string Deletion(string type, string? refusals = null) =>
        (refusals is null ? "" : refusals + " ") +
        "Moves it to the trash: from then on it is gone from every read (404), list, feed, search, widget, timeline and digest, and the " +
        $"changes feed tells of it as `deleted`, as of a resource removed. Staff find it in `GET /api/v1/trash?type={type}` and can restore it " +
        $"as it was with `POST /api/v1/trash/{type}/{{id}}/restore` until it is purged for good, `Trash:PurgeAfter` (default 30 days) after deletion. " +
        "Its slug stays taken meanwhile.";

    public static IEndpointRouteBuilder MapTrashEndpoints(this IEndpointRouteBuilder app)
    {
        var trash = app.NewVersionedApi("Trash").MapGroup("/api/v1/trash").HasApiVersion(1.0).WithTags("Trash").AnswerHeadLikeGet();

        trash.MapGet("/", List).RequireAuthorization(Policies.Staff).WithName("ListTrash").WithSummary("List deleted content")
            .WithDescription("Events, delegations, MoUs, partnerships, organisations, people, programmes and digests that were deleted and are not purged yet, " +
                             "most recently deleted first; cursor-paged. `purgeAt` is when each is due to be removed for good; one still there after it " +
                             "is kept because something still refers to it (a cancelled registration of an event, say).");
        trash.MapPost("/{type}/{id:guid}/restore", Restore).RequireAuthorization(Policies.ContentDelete).WithName("RestoreFromTrash")
            .WithSummary("Restore deleted content")
            .WithDescription("Puts it back exactly as it was: same id, slug, status and content, and the same `updatedAt`. Its `ETag` is a new one " +
                             "(the row changed), as after any write. The changes feed tells of it as `updated` (it is there again), webhooks as " +
                             "`{type}.created` (`event.published` or `event.cancelled` for an event). 404 when it is not in the trash.")
            .WithProblems(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed).WithProblems(StatusCodes.Status404NotFound, ProblemCodes.NotFound);
        return app;
    }

    /// <param name="type">Only this kind: event, delegation, mou, partnership, organisation, person, programme or digest.</param>
    /// <param name="cursor">The nextCursor of the previous page.</param>
    /// <param name="limit">Page size, 1 to 100 (default 20).</param>
    private static async Task<Results<Ok<Page<TrashItemResponse>>, ProblemHttpResult>> List(
        [QueryParameter(ValuesFrom = typeof(TrashTypes), Description = "Only this kind of content.")] [FromQuery(Name = "type")] string? type,
        [FromQuery(Name = "cursor")] string? cursor, [FromQuery(Name = "limit")] int? limit, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new ListTrashQuery(type, cursor, limit), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    /// <param name="type">event, delegation, mou, partnership, organisation, person, programme or digest.</param>
    /// <param name="id">The deleted resource's id.</param>
    private static async Task<Results<NoContent, ProblemHttpResult>> Restore(string type, Guid id, ISender sender, CancellationToken ct)
    {
        var result = await sender.Send(new RestoreFromTrashCommand(type, id), ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
