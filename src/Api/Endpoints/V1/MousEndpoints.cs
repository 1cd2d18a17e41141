using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Scc.Api.Auth;
using Scc.Api.Http;
using Scc.Api.OpenApi;
using Scc.Application.Common.Paging;
using Scc.Application.Mous.CreateMou;
using Scc.Application.Mous.DeleteMou;
using Scc.Application.Mous.GetMou;
using Scc.Application.Mous.ListMous;
using Scc.Application.Mous.PublishMou;
using Scc.Application.Mous.ScheduleMouPublication;
using Scc.Application.Mous.TerminateMou;
using Scc.Application.Mous.UpdateMou;
using Scc.Application.Publishing;
using Scc.Domain.Common;

namespace Scc.Api.Endpoints.V1;

/// <summary><c>/api/v1/mous</c>: memoranda of understanding; anonymous reads of published ones, staff write.</summary>
public static class MousEndpoints
{
    public static IEndpointRouteBuilder MapMousEndpoints(this IEndpointRouteBuilder app)
    {
        var mous = app.NewVersionedApi("Mous").MapGroup("/api/v1/mous").HasApiVersion(1.0).WithTags("MoUs").AnswerHeadLikeGet();

        mous.MapGet("/", List).AllowAnonymousShowingDrafts().WithName("ListMous").ReadsFromReplicaWhenAnonymous()
            .WithSummary("List MoUs").WithDescription("Published MoUs for everyone; staff and `content:read` keys also see drafts. Cursor-paged, latest signed first.");
        mous.MapGet("/{id:guid}", GetById).AllowAnonymousShowingDrafts().WithName("GetMou")
            .WithSummary("Get an MoU")
            .WithConditionalGet();
        mous.MapGet("/by-slug/{slug}", GetBySlug).AllowAnonymousShowingDrafts().WithName("GetMouBySlug")
            .WithSummary("Get an MoU by its slug")
            .WithConditionalGet();
        mous.MapPost("/", Create).RequireAuthorization(Policies.ContentWrite).WithName("CreateMou")
            .WithSummary("Record a draft MoU")
            .WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        mous.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ContentWrite).WithName("UpdateMou")
            .WithSummary("Replace an MoU's content").WithDescription("Send If-Match with the ETag you read to avoid overwriting someone else's change.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "slug_taken");
        mous.MapPut("/{id:guid}/publication-schedule",
                (Guid id, PublicationScheduleBody body, HttpContext http, ISender sender, CancellationToken ct) =>
                    SendAndReturn(sender, new ScheduleMouPublicationCommand(id, body.PublishAt, ETags.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.ContentPublish).WithName("ScheduleMouPublication")
            .WithSummary("Plan when an MoU is published")
            .WithDescription("Staff plan when the draft goes public on its own: the publication schedule publishes it within half a minute of `publishAt`, exactly as the publish action would (audited as the system). `publishAt` must be in the future (a past time is a 400, not an immediate publication; publish now with the publish action); null drops the plan. Publishing by hand drops it too. Only a draft may be given a `publishAt` (409 `invalid_transition`).")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");
        mous.MapPost("/{id:guid}/publish",
                (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
                    SendAndReturn(sender, new PublishMouCommand(id, ETags.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.ContentPublish).WithName("PublishMou")
            .WithSummary("Publish an MoU").WithDescription("A draft MoU becomes visible to readers.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");
        mous.MapPost("/{id:guid}/terminate",
                (Guid id, TerminateMouBody body, HttpContext http, ISender sender, CancellationToken ct) =>
                    SendAndReturn(sender, new TerminateMouCommand(id, body.TerminatedOn, body.Note, ETags.ExpectedVersion(http.Request)), http, ct))
            .RequireAuthorization(Policies.ContentPublish).WithName("TerminateMou")
            .WithSummary("Terminate an MoU").WithDescription("Records that the MoU ended before its term; its status becomes terminated.")
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "invalid_transition");
        mous.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ContentDelete).WithName("DeleteMou")
            .WithSummary("Delete a draft MoU")
            .WithDescription(TrashEndpoints.Deletion("mou"))
            .WithIfMatch().WithProblems(StatusCodes.Status409Conflict, "mou_not_deletable");
        return app;
    }

    private static async Task<Ok<Page<MouSummary>>> List(
        [AsParameters] MouListParameters p, ClaimsPrincipal user, ISender sender, CancellationToken ct)
    {
        var query = new ListMousQuery(p.PartyId, p.Status, p.SignedFrom, p.SignedTo, p.Sort, p.Cursor, p.Limit, IncludeDrafts: user.SeesDrafts());
        return TypedResults.Ok(await sender.Send(query, ct));
    }

    private static Task<Results<Ok<MouResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetById(
        Guid id, ClaimsPrincipal user, HttpContext http, ISender sender, CancellationToken ct) =>
        Get(new GetMouQuery(id, null, user.SeesDrafts()), http, sender, ct);

    private static Task<Results<Ok<MouResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetBySlug(
        string slug, ClaimsPrincipal user, HttpContext http, ISender sender, CancellationToken ct) =>
        Get(new GetMouQuery(null, slug, user.SeesDrafts()), http, sender, ct);

    private static async Task<Results<Ok<MouResponse>, StatusCodeHttpResult, ProblemHttpResult>> Get(
        GetMouQuery query, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.ReadAsync(sender, query, http, ct);
    }

    private static async Task<Results<Created<MouResponse>, ProblemHttpResult>> Create(
        CreateMouCommand command, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.CreateAsync(sender, command, http, r => $"/api/v1/mous/{r.Id}", ct);
    }

    private static Task<Results<Ok<MouResponse>, ProblemHttpResult>> Update(
        Guid id, UpdateMouCommand command, HttpContext http, ISender sender, CancellationToken ct) =>
        SendAndReturn(sender, command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, http, ct);

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HttpContext http, ISender sender, CancellationToken ct)
    {
        return await ResourceResults.DeleteAsync(sender, new DeleteMouCommand(id, ETags.ExpectedVersion(http.Request)), ct);
    }

    private static async Task<Results<Ok<MouResponse>, ProblemHttpResult>> SendAndReturn(
        ISender sender, ICommand<Result<MouResponse>> command, HttpContext http, CancellationToken ct)
    {
        return await ResourceResults.WriteAsync(sender, command, http, ct);
    }
}
